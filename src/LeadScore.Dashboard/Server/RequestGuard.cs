using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LeadScore.Dashboard.Server;

/// <summary>
/// What every request must pass before a page is rendered: only GET and HEAD (the dashboard never changes
/// anything), no path that climbs out of the site or names a file by another spelling, and the token when one is set
/// (a bearer header, a <c>token</c> query value, or the cookie the query value leaves).
/// </summary>
public static class RequestGuard
{
    public const string CookieName = "leadscore_token";

    /// <summary>The site path the request names (e.g. <c>models.html</c>), or the refusal: its status and one line.</summary>
    public static (string? Path, int Status, string? Refusal) Check(HttpContext context, string? token)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            return (null, StatusCodes.Status405MethodNotAllowed, $"{request.Method} refused: this dashboard is read-only (GET and HEAD only); change the registry and the warehouse with the leadscore commands.");
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        var target = raw.Split('?', 2)[0];
        if (Traverses(target))
            return (null, StatusCodes.Status400BadRequest, "refused: the path climbs out of the dashboard or spells a file another way ('..', '\\', '%2e', '%2f', '%5c' or '//' are never part of a page's address).");
        if (token is not null && !HasToken(context, token))
            return (null, StatusCodes.Status401Unauthorized, "refused: this dashboard needs its token; open it with ?token=… (the one given to serve --token) or send Authorization: Bearer ….");
        var path = target.TrimStart('/');
        return (path.Length == 0 ? DashboardSite.Index : path, StatusCodes.Status200OK, null);
    }

    public static bool Traverses(string target)
    {
        if (target.Contains('\\') || target.Contains("//", StringComparison.Ordinal) || target.Contains('\0')) return true;
        if (target.Contains("%2e", StringComparison.OrdinalIgnoreCase) || target.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || target.Contains("%5c", StringComparison.OrdinalIgnoreCase) || target.Contains("%00", StringComparison.Ordinal)) return true;
        return target.Split('/').Any(segment => segment is "." or "..");
    }

    private static bool HasToken(HttpContext context, string token)
    {
        var request = context.Request;
        string? given = null;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal)) given = header["Bearer ".Length..].Trim();
        else if (request.Query.TryGetValue("token", out var query)) given = query.ToString();
        else if (request.Cookies.TryGetValue(CookieName, out var cookie)) given = cookie;
        if (given is null || !Same(given, token)) return false;
        if (request.Query.ContainsKey("token"))
            context.Response.Cookies.Append(CookieName, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        return true;
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
