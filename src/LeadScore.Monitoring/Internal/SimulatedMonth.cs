using LeadScore.Metrics;

namespace LeadScore.Monitoring.Internal;

/// <summary>
/// One simulated list month for <see cref="RuleSimulation"/>, at group level: the leads (exact group totals, shuffled
/// over the working days), each lead's uniform draw for converting and its conversion delay drawn from the maturity
/// curve, and the conversions that gives in each world (a lead converts in a world when its draw is below its group's
/// rate there; the worlds share the draws, so they differ only by the rates).
/// </summary>
internal sealed class SimulatedMonth
{
    /// <summary>The list's first day: a Monday (the weekdays after it are the contact days).</summary>
    public static readonly DateOnly Start = new(2026, 1, 5);

    private readonly SimulatedWorld world;
    private readonly int[] days;
    private readonly int[,] leads;        // [contact day position, group]
    private readonly int[][,] conversions; // [world][day position, group, delay] cumulative over delay

    public SimulatedMonth(SimulatedWorld world, RandomStream random)
    {
        this.world = world;
        var setup = world.Setup;
        var horizon = world.Curve.HorizonDays;
        days = WorkingDays(setup.WorkingDays);
        var groups = world.GroupsShuffled(random);
        leads = new int[days.Length, SimulatedWorld.Groups];
        var counts = new int[world.Rates.Count][,,];
        for (var w = 0; w < counts.Length; w++) counts[w] = new int[days.Length, SimulatedWorld.Groups, horizon + 1];
        var perDay = groups.Length / days.Length;
        var extra = groups.Length % days.Length;
        var next = 0;
        for (var d = 0; d < days.Length; d++)
        {
            var today = perDay + (d < extra ? 1 : 0);
            for (var i = 0; i < today; i++, next++)
            {
                var group = groups[next];
                leads[d, group]++;
                var draw = random.NextDouble();
                var delay = world.Curve.DelayAt(random.NextDouble());
                for (var w = 0; w < counts.Length; w++)
                    if (draw < world.Rates[w][group]) counts[w][d, group, delay]++;
            }
        }
        conversions = new int[counts.Length][,];
        for (var w = 0; w < counts.Length; w++)
        {
            conversions[w] = new int[days.Length * SimulatedWorld.Groups, horizon + 1];
            for (var d = 0; d < days.Length; d++)
                for (var g = 0; g < SimulatedWorld.Groups; g++)
                {
                    var sum = 0;
                    for (var k = 0; k <= horizon; k++) conversions[w][d * SimulatedWorld.Groups + g, k] = sum += counts[w][d, g, k];
                }
        }
    }

    /// <summary>The month as one world's tallies.</summary>
    public ILeadTallies Tallies(int w) => new SimulatedTallies(this, w);

    private static int[] WorkingDays(int count)
    {
        var days = new List<int>();
        for (var day = 0; days.Count < count; day++)
            if (Start.AddDays(day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(day);
        return days.ToArray();
    }

    private sealed class SimulatedTallies(SimulatedMonth month, int w) : ILeadTallies
    {
        private readonly List<Period>?[] periods = new List<Period>?[3];

        public int Lists => 1;

        public DateOnly ListStart(int list) => Start;

        public string ListId(int list) => "simulated";

        public IReadOnlyList<int> ContactDays(int list) => month.days;

        public IReadOnlyList<Period> Periods(RuleWindow window) => periods[(int)window] ??= Period.All(this, window);

        public Tally Count(LeadGroup group, int list, int firstDay, int lastDay, DateOnly asOf)
        {
            var mask = SimulatedWorld.Mask(group);
            if (mask == 0) return default;
            var now = asOf.DayNumber - Start.DayNumber;
            var last = Math.Min(lastDay, now);
            var horizon = month.world.Curve.HorizonDays;
            int n = 0, c = 0;
            var exposure = 0.0;
            var known = month.conversions[w];
            for (var d = 0; d < month.days.Length; d++)
            {
                var day = month.days[d];
                if (day < firstDay) continue;
                if (day > last) break;
                var age = Math.Min(now - day, horizon);
                var dayLeads = 0;
                for (var g = 0; g < SimulatedWorld.Groups; g++)
                {
                    if ((mask & (1 << g)) == 0) continue;
                    dayLeads += month.leads[d, g];
                    c += known[d * SimulatedWorld.Groups + g, age];
                }
                n += dayLeads;
                exposure += dayLeads * month.world.Curve.ObservedShare(age);
            }
            return new Tally(n, c, exposure);
        }
    }
}
