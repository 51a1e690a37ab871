using System.Diagnostics;
using System.Text.Json;

namespace LeadScore.Tests.Support;

/// <summary>
/// An independent grammar check: node-sql-parser (tools/sql-parse, installed by run-tests) parses each statement in
/// one dialect and says what it creates, reads and returns. Only a missing node or package is a skip, with the
/// reason; a parser that fails to run for any other reason fails the test.
/// </summary>
public static class SqlGrammar
{
    /// <summary>What the parser made of one statement: null <see cref="Error"/> when it parsed.</summary>
    public sealed record Statement(int Number, string? Error, string[] Creates, string[] Reads, string[] Returns);

    public static string Folder => Path.GetFullPath(GoldenFile.Path(Path.Combine("..", "..", "tools", "sql-parse")));

    /// <summary>Why the parser cannot run here, or null when it can.</summary>
    public static string? SkipReason
    {
        get
        {
            if (!File.Exists(Path.Combine(Folder, "node_modules", "node-sql-parser", "package.json")))
                return $"SQL grammar check skipped: node-sql-parser is not installed in {Folder}; run ./run-tests (it runs npm ci there).";
            return Run(["--version"], null) is null ? "SQL grammar check skipped: node is not installed (Debian's nodejs)." : null;
        }
    }

    /// <summary>Parses <paramref name="statements"/> with node-sql-parser's <paramref name="database"/> grammar (bigquery, postgresql).</summary>
    public static IReadOnlyList<Statement> Parse(string database, IReadOnlyList<string> statements)
    {
        // node-sql-parser 5.4.0's PostgreSQL grammar lacks `WITH name AS MATERIALIZED (` (PostgreSQL 12 and later): its gap, not ours.
        if (database == "postgresql") statements = statements.Select(s => s.Replace(" AS MATERIALIZED (", " AS (", StringComparison.Ordinal)).ToList();
        var run = Run([Path.Combine(Folder, "parse.js"), "--database", database, "--json", "--describe"], JsonSerializer.Serialize(statements))
                  ?? throw new InvalidOperationException("node is not installed");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (run.ExitCode > 1 || lines.Length != statements.Count)
            throw new InvalidOperationException($"parse.js failed (exit {run.ExitCode}): {run.Error.Trim()}\n{run.Output}");
        return lines.Select((line, i) => Read(i + 1, line)).ToList();
    }

    /// <summary>A failure message listing every statement the parser refused, or null when all parsed.</summary>
    public static string? Refusals(IReadOnlyList<Statement> parsed) =>
        parsed.Any(s => s.Error is not null) ? string.Join("\n", parsed.Where(s => s.Error is not null).Select(s => $"statement {s.Number}: {s.Error}")) : null;

    private static Statement Read(int number, string line)
    {
        if (!line.StartsWith("ok ", StringComparison.Ordinal)) return new(number, line, [], [], []);
        using var summary = JsonDocument.Parse(line[line.IndexOf('{', StringComparison.Ordinal)..]);
        string[] Names(string key) => summary.RootElement.GetProperty(key).EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        return new(number, null, Names("creates"), Names("reads"), Names("returns"));
    }

    private static (int ExitCode, string Output, string Error)? Run(string[] args, string? input)
    {
        try
        {
            var start = new ProcessStartInfo("node", args) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (input is not null) process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
