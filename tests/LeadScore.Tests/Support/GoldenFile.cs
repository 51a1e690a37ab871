namespace LeadScore.Tests.Support;

/// <summary>
/// A checked-in expected output, compared byte for byte. With <c>LEADSCORE_UPDATE_GOLDEN=1</c> the test rewrites the
/// file in the source tree instead (review the diff before committing it); otherwise any difference fails with the
/// first differing line.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "LEADSCORE_UPDATE_GOLDEN";

    /// <summary>The file at <paramref name="relative"/> under tests/LeadScore.Tests in the source tree.</summary>
    public static string Path(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "leadscore.slnx")))
                return System.IO.Path.Combine(directory.FullName, "tests", "LeadScore.Tests", relative);
        throw new InvalidOperationException($"no leadscore.slnx above {AppContext.BaseDirectory}");
    }

    public static void Check(string relative, string actual)
    {
        var path = Path(relative);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} does not exist; run the test with {UpdateVariable}=1 to write it, and review it.");
        var expected = File.ReadAllText(path);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int line = 0;
        while (line < Math.Min(e.Length, a.Length) && e[line] == a[line]) line++;
        Assert.Fail($"{path} differs from the output at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "(end of file)")}\n  actual:   {(line < a.Length ? a[line] : "(end of file)")}\n" +
                    $"If the change is intended, run the test with {UpdateVariable}=1 and review the diff of the golden file (git diff).");
    }
}
