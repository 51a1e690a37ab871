namespace LeadScore.Backtest;

/// <summary>What the backtest's evidence says about the challenger's selection against the champion's.</summary>
public enum BacktestVerdict
{
    /// <summary>The paired interval of the rate difference lies above zero.</summary>
    ChallengerBetter,

    /// <summary>It lies below zero.</summary>
    ChampionBetter,

    /// <summary>It contains zero: these leads cannot tell the models apart.</summary>
    NotEnoughEvidence,
}
