using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace LeadScore.Data.Input;

/// <summary>
/// A query's result streamed chunk by chunk through DuckDB's C API: each chunk's columns are read as the vectors
/// DuckDB holds (a DOUBLE column as its array and NULL mask, a VARCHAR column as its strings), never cell by cell
/// through a data reader. Streaming keeps memory to a few chunks, whatever the size of the input.
/// </summary>
internal sealed unsafe class ResultChunks : IDisposable
{
    private readonly DuckDBPreparedStatement statement;
    private readonly string source;
    private DuckDBResult result;
    private DuckDBDataChunk? chunk;
    private bool executed;
    private bool finished;

    private ResultChunks(DuckDBPreparedStatement statement, DuckDBResult result, string source)
    {
        this.statement = statement;
        this.source = source;
        this.result = result;
        executed = true;
    }

    /// <summary>Rows of the current chunk not yet taken.</summary>
    public int Remaining => chunk is null ? 0 : Size - Position;

    /// <summary>The first row of the current chunk not yet taken.</summary>
    public int Position { get; private set; }

    private int Size { get; set; }

    /// <summary>
    /// Runs <paramref name="sql"/>; a failure, now or while streaming, is <see cref="DataFileException.Unreadable"/> for
    /// <paramref name="source"/> with DuckDB's message.
    /// </summary>
    public static ResultChunks Run(DuckDBConnection connection, string sql, string source)
    {
        var statement = default(DuckDBPreparedStatement);
        try
        {
            if (NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sql, out statement) != DuckDBState.Success)
                throw DataFileException.Unreadable(source, NativeMethods.PreparedStatements.DuckDBPrepareError(statement));
            if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(statement, out var result) != DuckDBState.Success)
            {
                var message = NativeMethods.Query.DuckDBResultError(ref result);
                NativeMethods.Query.DuckDBDestroyResult(ref result);
                throw DataFileException.Unreadable(source, message);
            }
            return new ResultChunks(statement, result, source);
        }
        catch
        {
            statement?.Dispose();
            throw;
        }
    }

    /// <summary>Moves to the next chunk when the current one is used up; false at the end of the result.</summary>
    public bool Next()
    {
        if (Remaining > 0) return true;
        chunk?.Dispose();
        chunk = null;
        if (finished) return false;
        var next = NativeMethods.StreamingResult.DuckDBStreamFetchChunk(result);
        int size = next.IsInvalid ? 0 : (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(next);
        if (size == 0)
        {
            next.Dispose();
            finished = true;
            if (NativeMethods.Query.DuckDBResultError(ref result) is { } error) throw DataFileException.Unreadable(source, error);
            return false;
        }
        chunk = next;
        Size = size;
        Position = 0;
        return true;
    }

    /// <summary>Marks <paramref name="rows"/> rows of the current chunk as taken.</summary>
    public void Take(int rows) => Position += rows;

    /// <summary>
    /// Copies <paramref name="target"/>.Length values of DOUBLE column <paramref name="column"/> from the current
    /// position as float32; a NULL becomes <paramref name="whenNull"/>'s answer for the row (its offset in the target).
    /// </summary>
    public void DoublesAsFloats(int column, Span<float> target, Func<int, float> whenNull)
    {
        var vector = Vector(column);
        var values = (double*)NativeMethods.Vectors.DuckDBVectorGetData(vector) + Position;
        var validity = (ulong*)NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        for (int i = 0; i < target.Length; i++) target[i] = (float)values[i];
        if (validity is null) return;
        for (int i = 0; i < target.Length; i++)
        {
            int row = Position + i;
            if ((validity[row >> 6] & (1UL << (row & 63))) == 0) target[i] = whenNull(i);
        }
    }

    /// <summary>Copies VARCHAR column <paramref name="column"/> from the current position; NULL becomes <paramref name="whenNull"/>.</summary>
    public void Strings(int column, Span<string> target, string whenNull)
    {
        var vector = Vector(column);
        var values = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var validity = (ulong*)NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        for (int i = 0; i < target.Length; i++)
        {
            int row = Position + i;
            if (validity is not null && (validity[row >> 6] & (1UL << (row & 63))) == 0)
            {
                target[i] = whenNull;
                continue;
            }
            // duckdb_string_t: a 4-byte length, then up to 12 bytes inline, or a 4-byte prefix and a pointer.
            byte* text = values + row * 16;
            int length = *(int*)text;
            byte* bytes = length <= 12 ? text + 4 : *(byte**)(text + 8);
            target[i] = Encoding.UTF8.GetString(bytes, length);
        }
    }

    public void Dispose()
    {
        chunk?.Dispose();
        chunk = null;
        if (executed)
        {
            executed = false;
            NativeMethods.Query.DuckDBDestroyResult(ref result);
        }
        statement.Dispose();
    }

    private IntPtr Vector(int column) => NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk!, column);
}
