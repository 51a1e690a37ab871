namespace LeadScore.Warehouse.Dialects;

internal sealed partial class PostgresDialect
{
    // No CREATE OR REPLACE for tables. pg_temp names the session's temp schema, so the DROP never reaches a
    // permanent table of the same name when no temp one exists yet.
}
