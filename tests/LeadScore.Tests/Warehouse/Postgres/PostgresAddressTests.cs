using LeadScore.Warehouse;
using LeadScore.Warehouse.Postgres;
using Npgsql;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>What a user may type as --db for PostgreSQL, what it becomes, and the one line a mistake gets, never showing the password.</summary>
public class PostgresAddressTests
{
    private static NpgsqlConnectionStringBuilder Parsed(string db) => new(PostgresAddress.Parse(db).ConnectionString);

    [Fact]
    public void A_full_url_gives_every_part()
    {
        var address = PostgresAddress.Parse("postgres://scorer:s3cret@db.example.com:6543/leads?sslmode=require&application_name=leadscore");
        var parsed = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        Assert.Equal(("db.example.com", 6543, "leads", "scorer", "s3cret"), (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
        Assert.Equal(SslMode.Require, parsed.SslMode);
        Assert.Equal("leadscore", parsed.ApplicationName);
        Assert.Equal("db.example.com:6543/leads", address.ToString());
    }

    [Fact]
    public void The_postgresql_scheme_and_capitals_are_the_same()
    {
        Assert.Equal(Parsed("postgres://u@h/d").ConnectionString, Parsed("POSTGRESQL://u@h/d").ConnectionString);
    }

    [Fact]
    public void Optional_parts_may_be_left_out()
    {
        var parsed = Parsed("postgresql://localhost");
        Assert.Equal(("localhost", 5432, null, null, null), (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
        var userOnly = Parsed("postgresql://me@localhost/");
        Assert.Equal(("me", null), (userOnly.Username, userOnly.Database));
    }

    [Fact]
    public void Every_part_is_percent_decoded()
    {
        var parsed = Parsed("postgres://m%C3%A9%40corp:p%40ss%3Aw%2Fo%25rd%3F@db.example.com/lead%20scores");
        Assert.Equal(("mé@corp", "p@ss:w/o%rd?", "lead scores"), (parsed.Username, parsed.Password, parsed.Database));
    }

    [Fact]
    public void A_plus_stays_a_plus_as_libpq_reads_it()
    {
        Assert.Equal("a+b", Parsed("postgres://u:a+b@h/d").Password);
    }

    [Theory]
    [InlineData("postgresql:///leads?host=/var/run/postgresql", "/var/run/postgresql", 5432)]
    [InlineData("postgresql://%2Fvar%2Frun%2Fpostgresql:5433/leads", "/var/run/postgresql", 5433)]
    [InlineData("postgresql://ignored/leads?host=%2Ftmp&port=5999", "/tmp", 5999)]
    public void A_unix_socket_folder_may_be_the_host(string db, string host, int port)
    {
        var parsed = Parsed(db);
        Assert.Equal((host, port, "leads"), (parsed.Host, parsed.Port, parsed.Database));
    }

    [Fact]
    public void An_ipv6_host_is_written_in_brackets()
    {
        var parsed = Parsed("postgres://u@[::1]:5433/d");
        Assert.Equal(("::1", 5433), (parsed.Host, parsed.Port));
    }

    [Fact]
    public void Several_hosts_each_keep_their_port()
    {
        Assert.Equal("a.example.com:5433,b.example.com:5432", Parsed("postgres://u@a.example.com:5433,b.example.com/d").Host);
    }

    [Theory]
    [InlineData("verify-full", SslMode.VerifyFull)]
    [InlineData("verify-ca", SslMode.VerifyCA)]
    [InlineData("disable", SslMode.Disable)]
    public void Libpq_sslmode_names_are_understood(string name, SslMode mode)
    {
        Assert.Equal(mode, Parsed($"postgres://h/d?sslmode={name}").SslMode);
    }

    [Fact]
    public void Libpq_parameters_become_their_npgsql_keywords()
    {
        var parsed = Parsed("postgres://h/d?connect_timeout=7&user=other&password=pw&dbname=db2&target_session_attrs=read-write");
        Assert.Equal((7, "other", "pw", "db2"), (parsed.Timeout, parsed.Username, parsed.Password, parsed.Database));
        Assert.Equal("read-write", parsed.TargetSessionAttributes);
    }

    [Fact]
    public void A_key_value_connection_string_is_taken_as_npgsql_reads_it()
    {
        var address = PostgresAddress.Parse("Host=db.example.com; Port=6000;Database=leads;Username=scorer;Password=\"a;b=c\"");
        var parsed = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        Assert.Equal(("db.example.com", 6000, "leads", "scorer", "a;b=c"), (parsed.Host, parsed.Port, parsed.Database, parsed.Username, parsed.Password));
        Assert.Equal("db.example.com:6000/leads", address.ToString());
    }

    [Theory]
    [InlineData("postgres://h/d", true)]
    [InlineData("PostgreSQL://h/d", true)]
    [InlineData("Host=h;Database=d", true)]
    [InlineData("Database=d; host = h", true)]
    [InlineData("workspace/leadscore.duckdb", false)]
    [InlineData("/data/Host=1/leadscore.duckdb", false)]
    [InlineData("mysql://h/d", false)]
    [InlineData("s3://bucket/leadscore.duckdb", false)]
    [InlineData("", false)]
    public void Looks_tells_a_postgres_address_from_a_duckdb_path(string db, bool looks)
    {
        Assert.Equal(looks, PostgresAddress.Looks(db));
    }

    [Fact]
    public void The_environment_variable_names_the_database_when_set()
    {
        var before = Environment.GetEnvironmentVariable(PostgresAddress.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(PostgresAddress.EnvironmentVariable, null);
            Assert.Null(PostgresAddress.FromEnvironment());
            Environment.SetEnvironmentVariable(PostgresAddress.EnvironmentVariable, "postgres://u:pw@envhost:5444/envdb");
            var address = PostgresAddress.FromEnvironment()!;
            Assert.Equal("envhost:5444/envdb", address.ToString());
            Environment.SetEnvironmentVariable(PostgresAddress.EnvironmentVariable, "postgres://u:pw@envhost:x/envdb");
            var error = Assert.Throws<WarehouseException>(() => PostgresAddress.FromEnvironment());
            Assert.StartsWith("$LEADSCORE_POSTGRES: ", error.Message);
            Assert.DoesNotContain("pw", error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresAddress.EnvironmentVariable, before);
        }
    }
}
