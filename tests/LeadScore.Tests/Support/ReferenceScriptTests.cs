namespace LeadScore.Tests.Support;

public class ReferenceScriptTests
{
    [Fact]
    public void A_reference_script_that_fails_is_a_failure_with_its_error_not_a_skip()
    {
        using var folder = new TempFolder();
        var script = folder.File("broken.py");
        File.WriteAllText(script, "import sys\nprint('computing')\nraise ValueError('the reference went wrong')\n");
        var run = ReferenceScript.Run(["sys"], script);
        Assert.Null(run.SkipReason);
        Assert.Contains("ValueError: the reference went wrong", run.Failure);
    }

    [Fact]
    public void Only_a_missing_python_module_is_a_skip_and_it_says_what_to_install()
    {
        var run = ReferenceScript.Run(["leadscore_no_such_module"], "-c", "pass");
        Assert.Null(run.Failure);
        Assert.Contains("No module named 'leadscore_no_such_module'", run.SkipReason);
        Assert.Contains("install python3-leadscore_no_such_module", run.SkipReason);
    }

    [Fact]
    public void A_script_that_succeeds_is_neither()
    {
        Assert.Equal(new ReferenceScript(null, null), ReferenceScript.Run(["sys"], "-c", "import sys; sys.exit(0)"));
    }
}
