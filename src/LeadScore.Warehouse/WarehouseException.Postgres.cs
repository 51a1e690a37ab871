namespace LeadScore.Warehouse;

/// <summary>
/// The messages of the PostgreSQL building blocks. An address is named as the user typed it with its password
/// replaced by <c>***</c> (<c>shown</c>), or by host, port and database once it has been understood (<c>server</c>).
/// </summary>
public sealed partial class WarehouseException
{
    private const string UrlForm = "postgres://user:password@host:port/database?sslmode=require";
    private const string KeyValueForm = "Host=host;Port=5432;Database=database;Username=user";
    private const string AddressForms = $"{UrlForm}, or {KeyValueForm}";

    public static WarehouseException NotPostgresScheme(string source, string shown, string scheme) =>
        new($"{source}: '{shown}' starts with {scheme}://, which is not PostgreSQL; write {AddressForms}.");

    public static WarehouseException NoPostgresHost(string source, string shown) =>
        new($"{source}: '{shown}' names no host; write the server's name after // (or ?host=/folder/of/the/socket), as in {AddressForms}.");

    public static WarehouseException BadPostgresPort(string source, string shown) =>
        new($"{source}: '{shown}' has a port that is not a whole number from 1 to 65535; fix the port, or leave it out for 5432.");

    public static WarehouseException UnescapedPostgresCredentials(string source, string shown) =>
        new($"{source}: '{shown}' has an '@' where the end of the user name and password cannot be told; percent-encode '@', '/', '?', ':' and '%' inside them (e.g. @ as %40, / as %2F).");

    public static WarehouseException BadPostgresEscape(string source, string shown) =>
        new($"{source}: '{shown}' has a % that does not start a valid escape such as %40 or %2F; write a literal % as %25.");

    public static WarehouseException UnknownPostgresParameter(string source, string shown, string parameter) =>
        new($"{source}: '{shown}' has the parameter '{parameter}', which PostgreSQL addresses do not know; remove it or check its spelling (e.g. sslmode, connect_timeout, application_name).");

    public static WarehouseException BadPostgresParameter(string source, string shown, string parameter) =>
        new($"{source}: '{shown}' gives '{parameter}' a value it cannot take; fix that value" +
            (parameter.Replace(" ", "", StringComparison.Ordinal).Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? " (one of disable, allow, prefer, require, verify-ca, verify-full)." : "."));

    public static WarehouseException UnparsableConnectionString(string source, string shown) =>
        new($"{source}: '{shown}' is not a connection string of Key=Value pairs; separate the pairs with ';' and quote a value that holds ';' with \"...\", as in {KeyValueForm}.");

    public static WarehouseException PostgresUnreachable(string source, string server, string reason, Exception? inner = null) =>
        new($"{source}: cannot reach PostgreSQL at {server} ({FirstLine(reason)}); check that the server runs and accepts connections there, or fix the host and port.", inner);

    public static WarehouseException NoPostgresDatabase(string source, string server, string reason, Exception? inner = null) =>
        new($"{source}: PostgreSQL at {server} has no such database ({FirstLine(reason)}); create it (createdb) or name an existing one.", inner);

    public static WarehouseException PostgresLoginRefused(string source, string server, string reason, Exception? inner = null) =>
        new($"{source}: PostgreSQL at {server} refused the login ({FirstLine(reason)}); check the user name and password (or PGPASSWORD / ~/.pgpass) and the server's pg_hba.conf.", inner);

    public static WarehouseException PostgresUnopenable(string source, string server, string reason, Exception? inner = null) =>
        new($"{source}: cannot open PostgreSQL at {server} ({FirstLine(reason)}); check the address and the server's log.", inner);

    public static WarehouseException BadPostgresTable(string table) =>
        new($"'{table}' is not a table name for PostgreSQL; name it as schema.table, each part non-empty and at most 63 bytes.");

    public static WarehouseException UncopyableColumn(string table, string column, string type) =>
        new($"{table}: column '{column}' is {type}, which the copy to PostgreSQL does not carry; cast it in the query to BOOLEAN, an integer, FLOAT, DOUBLE, DECIMAL, VARCHAR, DATE or TIMESTAMP.");

    public static WarehouseException DecimalTooWide(string table, string column, string type, string value) =>
        new($"{table}: column '{column}' ({type}) holds {value}, more than the 28 digits the copy to PostgreSQL carries exactly; cast it in the query to DOUBLE or to a DECIMAL of at most 28 digits. The PostgreSQL table was left as it was.");

    public static WarehouseException CopySourceFailed(string table, string reason, Exception? inner = null) =>
        new($"{table}: cannot read the rows to copy from DuckDB ({FirstLine(reason)}); fix the query; the PostgreSQL table was left as it was.", inner);

    public static WarehouseException CopyFailed(string table, string reason, Exception? inner = null) =>
        new($"{table}: the copy to PostgreSQL failed ({FirstLine(reason)}); the table was left as it was: fix the cause and copy again.", inner);
}
