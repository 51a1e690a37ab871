using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>18-character Salesforce-like ids: a 3-character key prefix, the row number in base 62, random filler.</summary>
internal static class SalesforceId
{
    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The 15 characters after the key prefix; unique per index.</summary>
    public static string Body(RandomStream random, int index)
    {
        Span<char> body = stackalloc char[15];
        body[0] = '5';
        body[1] = Digits[random.NextInt(62)];
        for (int i = 8, n = index; i >= 2; i--, n /= 62) body[i] = Digits[n % 62];
        for (int i = 9; i < 15; i++) body[i] = Digits[random.NextInt(62)];
        return new string(body);
    }
}
