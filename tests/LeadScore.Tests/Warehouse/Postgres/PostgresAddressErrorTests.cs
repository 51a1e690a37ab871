using LeadScore.Warehouse;
using LeadScore.Warehouse.Postgres;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>Every mistake in an address is one line naming what was typed, with the password hidden, and what to do.</summary>
public class PostgresAddressErrorTests
{
    /// <summary>A password no message may show, in whole or in part; it holds the characters that end URL parts.</summary>
    private const string Secret = "Zq9@x/y?w&v:u;t";

    private static string Refusal(string db)
    {
        var error = Assert.Throws<WarehouseException>(() => PostgresAddress.Parse(db));
        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith("--db: ", error.Message);
        foreach (var piece in new[] { "Zq9", "x/y", "w&v", "u;t", Secret, Uri.EscapeDataString(Secret) })
            Assert.DoesNotContain(piece, error.Message);
        return error.Message;
    }

    [Theory]
    [InlineData("mysql://me:Zq9@x/y?w&v:u;t@db.example.com/leads", "mysql://me:***@db.example.com/leads")]
    [InlineData("http://db.example.com/leads", "http://db.example.com/leads")]
    public void An_unknown_scheme_is_named(string db, string shown)
    {
        var message = Refusal(db);
        Assert.Contains($"'{shown}'", message);
        Assert.Contains("is not PostgreSQL", message);
        Assert.Contains("postgres://user:password@host:port/database", message);
    }

    [Theory]
    [InlineData("postgres://me:Zq9%40x%2Fy%3Fw%26v%3Au%3Bt@db.example.com:54x2/leads")]
    [InlineData("postgres://me:Zq9%40x%2Fy%3Fw%26v%3Au%3Bt@db.example.com:0/leads")]
    [InlineData("postgres://me:Zq9%40x%2Fy%3Fw%26v%3Au%3Bt@db.example.com:65536/leads")]
    [InlineData("postgres://me:Zq9%40x%2Fy%3Fw%26v%3Au%3Bt@db.example.com:-1/leads")]
    [InlineData("postgres://me@db.example.com/leads?port=http&password=Zq9%40x%2Fy%3Fw%26v%3Au%3Bt")]
    [InlineData("Host=db.example.com;Port=many;Password=\"Zq9@x/y?w&v:u;t\"")]
    [InlineData("Host=db.example.com;Port=70000;Password='Zq9@x/y?w&v:u;t'")]
    public void A_bad_port_is_refused(string db)
    {
        Assert.Contains("has a port that is not a whole number from 1 to 65535", Refusal(db));
    }

    [Theory]
    [InlineData("postgres://me:Zq9%40x%2Fy%3Fw%26v%3Au%3Bt@/leads")]
    [InlineData("postgres:///leads")]
    [InlineData("postgresql://")]
    [InlineData("postgres://me:Zq9%40x@:5432/leads")]
    [InlineData("Host=;Database=leads;Password=Zq9@x/y?w&v:u")]
    [InlineData("Host=  ;Database=leads")]
    public void An_empty_host_is_refused(string db)
    {
        Assert.Contains("names no host", Refusal(db));
    }

    [Theory]
    [InlineData("Host=db.example.com;Password=\"Zq9@x/y?w&v:u;t")]
    [InlineData("Host=db.example.com;Password='Zq9@x/y?w&v:u;t")]
    [InlineData("workspace/leadscore.duckdb")]
    public void An_unparsable_connection_string_is_refused(string db)
    {
        Assert.Contains("is not a connection string of Key=Value pairs", Refusal(db));
    }

    [Theory]
    [InlineData("Host=db.example.com;Pasword=Zq9@x/y?w&v:u", "Pasword")]
    [InlineData("postgres://me:Zq9%40x@db.example.com/leads?sslmod=require", "sslmod")]
    [InlineData("postgres://me:Zq9%40x@db.example.com/leads?sslmode", "sslmode")]
    public void An_unknown_or_valueless_parameter_is_named(string db, string parameter)
    {
        Assert.Contains($"'{parameter}'", Refusal(db), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("postgres://me:Zq9%40x@db.example.com/leads?sslmode=sometimes")]
    [InlineData("Host=db.example.com;SSL Mode=sometimes;Password=Zq9@x/y?w&v:u")]
    [InlineData("postgres://db.example.com/leads?connect_timeout=soon&password=Zq9%40x")]
    public void A_bad_parameter_value_is_refused(string db)
    {
        Assert.Contains("a value it cannot take", Refusal(db));
    }

    [Theory]
    [InlineData("postgres://me:Zq9@x/y?w&v:u;t@db.example.com:5432/leads")]
    [InlineData("postgres://me:Zq9/x@db.example.com/leads")]
    [InlineData("postgres://me:Zq9?x@db.example.com/leads")]
    public void A_password_with_unescaped_separators_is_refused_whole(string db)
    {
        var message = Refusal(db);
        Assert.Contains("percent-encode '@', '/', '?', ':' and '%'", message);
        Assert.Contains("'postgres://me:***@db.example.com", message);
    }

    [Theory]
    [InlineData("postgres://me@db.example.com/leads?sslmode=require&pasword=Zq9%40x&port=5", "'postgres://me@db.example.com/leads?sslmode=require&pasword=***")]
    [InlineData("postgres://me@db.example.com/leads?sslpassword=Zq9@x/y?w&v:u;t", "'postgres://me@db.example.com/leads?sslpassword=***'")]
    [InlineData("Host=db.example.com;Pasword=Zq9@x/y?w&v:u", "'Host=db.example.com;Pasword=***'")]
    [InlineData("Host=db.example.com;Pwd=Zq9@x/y?w&v:u;Port=x", "'Host=db.example.com;Pwd=***;Port=x'")]
    public void Misspelt_and_other_password_keys_are_hidden_too(string db, string shown)
    {
        Assert.Contains(shown, Refusal(db));
    }

    [Fact]
    public void A_stray_percent_is_refused()
    {
        Assert.Contains("does not start a valid escape", Refusal("postgres://me:Zq9%zz@db.example.com/leads"));
    }

    [Fact]
    public void The_shown_address_keeps_everything_but_the_password()
    {
        var message = Refusal("postgres://me:Zq9@x/y?w&v:u;t@db.example.com:99999/leads");
        Assert.Contains("'postgres://me:***@db.example.com:99999/leads'", message);
    }

    [Fact]
    public void A_password_with_a_semicolon_in_quotes_is_hidden_whole()
    {
        var message = Refusal("Host=db.example.com;Password=\"Zq9@x/y?w&v:u;t\";Port=nope");
        Assert.Contains("'Host=db.example.com;Password=***;Port=nope'", message);
    }
}
