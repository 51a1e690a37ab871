using LeadScore.Metrics;
namespace LeadScore.Warehouse.Synthetic.Internal;

/// <summary>
/// Firm names: the national brands whose names the wirehouse rule looks for, invented names for the rest, and the
/// spelling variants under which the vendor's history registers one firm CRD.
/// </summary>
internal static class FirmNames
{
    /// <summary>The big brands: name, classification, share of all advisors at full scale, Broker Protocol member, trend per year.</summary>
    public static readonly (string Name, string Classification, double Share, bool Protocol, double Trend)[] Brands =
    [
        ("Merrill Lynch, Pierce, Fenner & Smith Incorporated", "Wirehouse", 0.0076, false, -0.035),
        ("Morgan Stanley Smith Barney LLC", "Wirehouse", 0.0072, false, -0.030),
        ("Wells Fargo Clearing Services, LLC", "Wirehouse", 0.0056, true, -0.045),
        ("UBS Financial Services Inc.", "Wirehouse", 0.0032, false, -0.040),
        ("Edward Jones", "Regional Broker-Dealer", 0.0080, false, 0.010),
        ("Raymond James & Associates, Inc.", "Regional Broker-Dealer", 0.0036, true, -0.005),
        ("Ameriprise Financial Services, LLC", "Independent Broker-Dealer", 0.0048, true, -0.010),
        ("LPL Financial LLC", "Independent Broker-Dealer", 0.0076, true, 0.020),
        ("Northwestern Mutual Investment Services, LLC", "Insurance Broker-Dealer", 0.0030, false, -0.010),
        ("Stifel, Nicolaus & Company, Incorporated", "Regional Broker-Dealer", 0.0014, true, -0.005),
        ("Morgan Stanley Private Wealth Management", "Wirehouse", 0.0008, false, -0.020),
        ("Merrill Lynch Private Banking", "Wirehouse", 0.0006, false, -0.030),
        ("Raymond James Financial Services, Inc.", "Independent Broker-Dealer", 0.0016, true, 0.010),
        ("UBS Wealth Management USA", "Wirehouse", 0.0004, false, -0.030),
    ];

    /// <summary>Small firms whose names contain a wirehouse pattern by accident ("HUBS" holds "UBS", "HELPLINE" holds "LPL").</summary>
    public static readonly string[] FalsePositives =
        ["Hubspoke Capital Partners LLC", "Helpline Planning Group Inc.", "Dubsworth Wealth LLC", "Stifelman Family Office LLC"];

    private static readonly string[] Roots =
    [
        "Acme", "Bramblewick", "Cedarholt", "Dunmore", "Elmstead", "Fallowfield", "Granthorpe", "Harrowgate", "Ivybridge",
        "Juniper", "Kestrel", "Larchmont", "Meadowbrook", "Northwind", "Oakhurst", "Pinecrest", "Quarry Hill", "Ridgeline",
        "Silverleaf", "Thornbury", "Upland", "Valemont", "Westbrook", "Yarrow", "Zephyr", "Ashgrove", "Beacon Rock",
        "Copperfield", "Driftwood", "Evergreen Lane", "Foxglove", "Glenhaven", "Hearthstone", "Ironwood", "Kingsbridge",
        "Lanternfield", "Millpond", "Nettlecombe", "Orchard Point", "Pembrook", "Riverstone", "Saltmarsh", "Tidewater",
        "Wrenfield", "Blue Heron", "Granite Peak", "Harbor Light", "Keystone Arch", "Summit Trail", "Willowmere",
    ];

    private static readonly string[] Middles =
    [
        "Wealth", "Capital", "Financial", "Advisors", "Asset Management", "Wealth Partners", "Planning", "Investment Counsel",
        "Private Wealth", "Financial Group", "Wealth Advisors", "Retirement Partners", "Family Office", "Securities",
    ];

    private static readonly string[] Suffixes = ["LLC", "LLC", "LLC", "Inc.", "LP", "Ltd.", "Group LLC", "& Co."];

    /// <summary>An invented firm name; the index keeps names distinct across thousands of firms.</summary>
    public static string Invented(RandomStream random, int index)
    {
        string root = random.Pick(Roots);
        string middle = random.Pick(Middles);
        string suffix = random.Pick(Suffixes);
        // Past the first few hundred combinations, a second word keeps names apart the way real firm names are.
        string second = index < 300 ? "" : " " + random.Pick(Roots).Split(' ')[0];
        return $"{root}{second} {middle} {suffix}";
    }

    private static readonly string[] Affiliations =
    [
        "{0} Wealth Partners of Raymond James", "{0} Group at Morgan Stanley", "{0} Financial, an LPL Affiliate",
        "{0} Advisors - Ameriprise Private Wealth", "{0} Team of Merrill Lynch", "{0} Wealth Management of Wells Fargo Advisors",
        "{0} Group of UBS", "{0} Financial - Stifel Independent", "{0} Agency of Northwestern Mutual", "{0} Edward Jones Branch",
    ];

    /// <summary>A branch team or affiliate that trades under a national brand (small firm, wirehouse pattern in its name).</summary>
    public static string Affiliated(RandomStream random) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(Affiliations), random.Pick(Roots)) + " " + random.Pick(Suffixes);

    /// <summary>
    /// A spelling of the name as another filing might carry it: upper case with a comma before the suffix, the suffix
    /// dropped, or "&amp;" spelled out. Variant 0 is the name itself.
    /// </summary>
    public static string Variant(string name, int variant) => variant switch
    {
        // The brand's legal name does not hold "EDWARD JONES": a filing under it escapes the wirehouse pattern.
        2 when name == "Edward Jones" => "Edward D. Jones & Co., L.P.",
        1 => CommaSuffix(name).ToUpperInvariant(),
        2 => DropSuffix(name),
        3 => name.Replace("&", "and", StringComparison.Ordinal).ToUpperInvariant().Replace(",", "", StringComparison.Ordinal),
        _ => name,
    };

    private static readonly string[] KnownSuffixes = [" Group LLC", " LLC", " Inc.", " LP", " Ltd.", " & Co.", ", LLC", ", Inc.", " Incorporated", ", L.P."];

    private static string CommaSuffix(string name)
    {
        foreach (var suffix in KnownSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && suffix[0] == ' ')
                return name[..^suffix.Length] + "," + suffix;
        return name;
    }

    private static string DropSuffix(string name)
    {
        foreach (var suffix in KnownSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        return name + " LLC";
    }
}
