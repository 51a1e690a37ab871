using System.Net.Sockets;
using System.Text;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// One HTTP/1.1 request sent byte for byte as written (an HttpClient would clean up '..' and '%2e' before sending, and
/// the point is to send them), and the response's status, headers and body.
/// </summary>
public sealed record RawHttp(int Status, string Head, string Body)
{
    public static async Task<RawHttp> Send(Uri server, string method, string target, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Port);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nConnection: close\r\n" +
                      string.Concat(headers.Select(h => h + "\r\n")) + (method is "POST" or "PUT" or "PATCH" ? "Content-Length: 0\r\n" : "") + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        int split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? response : response[..split];
        var status = int.Parse(head.Split(' ', 3)[1]);
        return new RawHttp(status, head, split < 0 ? "" : response[(split + 4)..]);
    }
}
