using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Invented people: common first names with surnames glued from syllables ("Quillbrook", "Varnaby"), so no row can
/// be mistaken for a real advisor. Emails use the reserved <c>.example</c> domain and phones the fictional 555-01xx range.
/// </summary>
internal static class PersonNames
{
    private static readonly string[] First =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Lisa",
        "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Steven", "Emily", "Andrew", "Michelle", "Kevin",
        "Amanda", "Brian", "Melissa", "George", "Rebecca", "Timothy", "Laura", "Jason", "Stephanie", "Ryan", "Nicole",
        "Eric", "Megan", "Scott", "Rachel", "Gregory", "Heather",
    ];

    private static readonly string[] Heads =
        ["Quill", "Varn", "Thistle", "Brack", "Mor", "Hollin", "Penn", "Zell", "Crow", "Dax", "Fenn", "Gorr", "Kell", "Lumm", "Nask", "Orrin", "Rask", "Sollen", "Tarr", "Wex"];

    private static readonly string[] Tails =
        ["brook", "aby", "wick", "ford", "ington", "mere", "stead", "holt", "ridge", "worth", "dale", "combe", "by", "ley", "ton"];

    public static string FirstName(RandomStream random) => random.Pick(First);

    public static string LastName(RandomStream random) => random.Pick(Heads) + random.Pick(Tails);

    public static string Email(string first, string last, string domain, int number) =>
        $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{(number > 0 ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}@{domain}.example";

    /// <summary>A lower-case domain word from a firm name ("Acme Wealth LLC" gives "acmewealth").</summary>
    public static string Domain(string firmName)
    {
        var letters = firmName.Where(char.IsLetter).Take(16).ToArray();
        return new string(letters).ToLowerInvariant();
    }

    public static string Phone(RandomStream random) => $"({random.Between(201, 989)}) 555-01{random.Between(0, 99):D2}";

    public static string LinkedIn(string first, string last, int number) =>
        $"https://www.linkedin.com/in/{first.ToLowerInvariant()}-{last.ToLowerInvariant()}-{number:x}";
}
