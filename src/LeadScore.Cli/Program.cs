using LeadScore.Cli;

return LeadScoreApp.Run(args);
