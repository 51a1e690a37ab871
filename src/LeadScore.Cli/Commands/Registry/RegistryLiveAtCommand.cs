using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry live-at</c>: which version was the champion at a moment.</summary>
public static partial class RegistryLiveAtCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var when = new Argument<string>("date") { Description = "an ISO date YYYY-MM-DD (the end of that day, UTC) or an ISO time with its offset, e.g. 2026-07-01T09:30:00Z" };
        var command = new Command("live-at", "Which version was the champion at that date") { path, when };
        command.SetAction(parse =>
        {
            var moment = Moment(parse.GetValue(when)!);
            var champion = ModelRegistry.Open(parse.GetValue(path)!).State().LiveAt(moment);
            output.Line(champion is null ? $"no champion was live at {moment:yyyy-MM-dd HH:mm:ss}Z" : $"{champion} was live at {moment:yyyy-MM-dd HH:mm:ss}Z");
            return 0;
        });
        return command;
    }

    /// <summary>ISO 8601 only: a day means its last second (UTC); a time needs its offset. 07/01/2026 is refused, not guessed.</summary>
    internal static DateTimeOffset Moment(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
        return IsoTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
            ? moment.ToUniversalTime()
            : throw RegistryException.BadDate(text);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoTime();
}
