using System.Runtime.InteropServices;
using System.Text;

namespace LeadScore.Cli.Bench;

/// <summary>Minimal NumPy .npy (format 1.0, little-endian float32, C order): how rows reach the xgboost peer and come back.</summary>
public static class NpyFile
{
    public static void WriteFloat32(string path, int rows, int columns, ReadOnlySpan<float> rowMajor)
    {
        var shape = columns == 1 ? $"({rows},)" : $"({rows}, {columns})";
        var header = $"{{'descr': '<f4', 'fortran_order': False, 'shape': {shape}, }}";
        int total = 10 + header.Length + 1;
        header = header.PadRight(header.Length + (64 - total % 64) % 64) + "\n";
        using var stream = File.Create(path);
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        stream.Write(BitConverter.GetBytes((ushort)header.Length));
        stream.Write(Encoding.ASCII.GetBytes(header));
        stream.Write(MemoryMarshal.AsBytes(rowMajor));
    }

    public static float[] ReadFloat32(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int headerLength = BitConverter.ToUInt16(bytes, 8);
        var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
        if (!header.Contains("'<f4'")) throw new InvalidDataException($"{path}: expected float32 data, header {header.Trim()}");
        return MemoryMarshal.Cast<byte, float>(bytes.AsSpan(10 + headerLength)).ToArray();
    }
}
