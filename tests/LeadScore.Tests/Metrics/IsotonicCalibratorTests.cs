using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: scikit-learn 1.2.1 IsotonicRegression(out_of_bounds='clip').fit(s, y) on TiedScores()
// (reference/make_statistics_reference.py, "## IsotonicRegression"): X_thresholds_, y_thresholds_ and predict(queries).
// Tolerance 1e-12. Small PAV cases are computed by hand in the comments.
public class IsotonicCalibratorTests
{
    private static readonly double[] SklearnX =
    [
        0.0, 0.0947867298578199, 0.0995260663507109, 0.13270142180094788, 0.13744075829383887, 0.14691943127962084,
        0.15165876777251186, 0.17535545023696683, 0.18009478672985782, 0.22748815165876776, 0.23222748815165878,
        0.23696682464454977, 0.24170616113744076, 0.25118483412322273, 0.2559241706161137, 0.2796208530805687,
        0.2843601895734597, 0.3080568720379147, 0.3127962085308057, 0.32701421800947866, 0.33175355450236965,
        0.35545023696682465, 0.36018957345971564, 0.36492890995260663, 0.3696682464454976, 0.3744075829383886,
        0.3791469194312796, 0.38388625592417064, 0.4075829383886256, 0.41232227488151657, 0.4218009478672986,
        0.4265402843601896, 0.4312796208530806, 0.44075829383886256, 0.44549763033175355, 0.4549763033175355,
        0.4597156398104265, 0.4834123222748815, 0.4881516587677725, 0.4976303317535545, 0.5023696682464455,
        0.5118483412322274, 0.5165876777251185, 0.5308056872037915, 0.5355450236966824, 0.5450236966824644,
        0.5497630331753555, 0.5592417061611374, 0.5639810426540285, 0.5924170616113744, 0.5971563981042654,
        0.6066350710900474, 0.6113744075829384, 0.6208530805687204, 0.6255924170616114, 0.6350710900473934,
        0.6398104265402843, 0.6540284360189573, 0.6587677725118484, 0.6682464454976303, 0.6729857819905213,
        0.6824644549763034, 0.6872037914691943, 0.6919431279620853, 0.7014218009478673, 0.7061611374407583,
        0.7109004739336493, 0.7156398104265402, 0.7251184834123223, 0.7298578199052133, 0.7393364928909952,
        0.7440758293838863, 0.7582938388625592, 0.7630331753554502, 0.7914691943127962, 0.7962085308056872,
        0.8056872037914692, 0.8104265402843602, 0.8199052132701422, 0.8246445497630331, 0.8483412322274881,
        0.8530805687203792, 0.8578199052132701, 0.8672985781990521, 0.8720379146919431, 0.8815165876777251,
        0.8862559241706162, 0.8957345971563981, 0.9004739336492891, 0.9052132701421801, 0.933649289099526,
        0.9383886255924171, 0.957345971563981, 0.9620853080568721, 0.9715639810426541, 0.976303317535545,
        0.990521327014218, 0.995260663507109,
    ];

    private static readonly double[] SklearnY =
    [
        0.0, 0.0, 0.007751937984496124, 0.007751937984496124, 0.02040816326530612, 0.02040816326530612,
        0.020833333333333332, 0.020833333333333332, 0.02247191011235955, 0.02247191011235955, 0.03125, 0.03125,
        0.04081632653061224, 0.04081632653061224, 0.041666666666666664, 0.041666666666666664, 0.061855670103092786,
        0.061855670103092786, 0.0625, 0.0625, 0.08333333333333333, 0.08333333333333333, 0.09375, 0.09375,
        0.11764705882352941, 0.125, 0.125, 0.14583333333333334, 0.14583333333333334, 0.16666666666666666,
        0.16666666666666666, 0.1875, 0.20408163265306123, 0.20408163265306123, 0.22916666666666666,
        0.22916666666666666, 0.25, 0.25, 0.2857142857142857, 0.2857142857142857, 0.2916666666666667,
        0.2916666666666667, 0.3076923076923077, 0.3076923076923077, 0.3125, 0.3125, 0.32653061224489793,
        0.32653061224489793, 0.35398230088495575, 0.35398230088495575, 0.3541666666666667, 0.3541666666666667,
        0.3877551020408163, 0.3877551020408163, 0.3958333333333333, 0.3958333333333333, 0.4153846153846154,
        0.4153846153846154, 0.4166666666666667, 0.4166666666666667, 0.42857142857142855, 0.42857142857142855,
        0.4375, 0.4583333333333333, 0.4583333333333333, 0.46875, 0.46875, 0.46938775510204084, 0.46938775510204084,
        0.4791666666666667, 0.4791666666666667, 0.5, 0.5, 0.5309734513274337, 0.5309734513274337, 0.5625, 0.5625,
        0.5833333333333334, 0.5833333333333334, 0.5979381443298969, 0.5979381443298969, 0.625, 0.6458333333333334,
        0.6458333333333334, 0.6666666666666666, 0.6666666666666666, 0.6875, 0.6875, 0.7058823529411765, 0.75, 0.75,
        0.8125, 0.8125, 0.8571428571428571, 0.8571428571428571, 0.875, 0.875, 0.9375,
    ];

    [Fact]
    public void Step_knots_are_scikit_learns_thresholds()
    {
        var (s, labels) = TiedScores();
        var knots = IsotonicCalibrator.Fit(s, labels).StepKnots;
        Assert.Equal(SklearnX.Length, knots.X.Length);
        for (var i = 0; i < SklearnX.Length; i++)
        {
            Assert.Equal(SklearnX[i], knots.X[i], 1e-12);
            Assert.Equal(SklearnY[i], knots.Y[i], 1e-12);
        }
    }

    [Fact]
    public void Stepwise_transform_reproduces_scikit_learn_predict_with_clipping()
    {
        var (s, labels) = TiedScores();
        var calibrator = IsotonicCalibrator.Fit(s, labels);
        double[] queries = [-0.5, 0.0, 0.013, 0.2, 0.33333, 0.5, 0.61, 0.75, 0.8, 0.9, 0.95, 0.99, 1.2];
        double[] expected =
        [
            0.0, 0.0, 0.0, 0.02247191011235955, 0.08333333333333333, 0.2886904761904762, 0.3780144557823128, 0.5,
            0.5625, 0.704044117647059, 0.8125, 0.875, 0.9375,
        ];
        var actual = calibrator.TransformStepwise(queries);
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }

        // PAV preserves the total: the stepwise fitted values sum to the positive count.
        Assert.Equal(labels.Sum(), calibrator.TransformStepwise(s).Sum(), 1e-9);
    }

    [Fact]
    public void Published_knots_interpolate_to_the_published_values()
    {
        double[] x =
        [
            0.132678, 0.240380, 0.240397, 0.244732, 0.244751, 0.251992, 0.251993, 0.263606, 0.263651, 0.359295,
            0.359303, 0.368709, 0.368724, 0.400202, 0.400211, 0.411239, 0.411244, 0.427378, 0.427386, 0.435127,
            0.435131, 0.444362, 0.444374, 0.515253, 0.515283, 0.533189, 0.533297, 0.663997, 0.664243, 0.691808,
            0.692558, 0.700731,
        ];
        double[] y =
        [
            0, 0, .006135, .006135, .008869, .008869, .012869, .012869, .014149, .014149, .015302, .015302, .019988,
            .019988, .023960, .023960, .025620, .025620, .027490, .027490, .029714, .029714, .032054, .032054, .047894,
            .047894, .063955, .063955, .072464, .072464, .181818, .181818,
        ];
        var calibrator = IsotonicCalibrator.FromKnots(x, y);
        Assert.Equal(0.0, calibrator.TransformStepwise(0.10));
        Assert.Equal(0.014149, calibrator.TransformStepwise(0.30), 1e-15);
        Assert.Equal(0.019988, calibrator.TransformStepwise(0.40), 1e-15);
        Assert.Equal(0.032054, calibrator.TransformStepwise(0.50), 1e-15);
        Assert.Equal(0.063955, calibrator.TransformStepwise(0.60), 1e-15);
        Assert.Equal(0.181818, calibrator.TransformStepwise(0.70), 1e-15);
        Assert.Equal(0.181818, calibrator.TransformStepwise(0.90), 1e-15);

        // The default transform never ties distinct scores, even on these flat steps and beyond the ends.
        AssertStrictlyIncreasing(calibrator, Grid(-0.2, 1.2, 0.0005));
    }

    [Fact]
    public void Pav_with_ties_merges_equal_scores_first_and_centres_knots_on_the_weighted_mean()
    {
        // Unique scores 1 (labels 1,0,0: mean 1/3, weight 3), 2 (0, weight 1), 3 (1,1: mean 1, weight 2).
        // 1/3 >= 0 violates, so 1 and 2 pool: mean 1/4, centre (3·1 + 1·2) / 4 = 1.25. Block {3}: mean 1.
        var calibrator = IsotonicCalibrator.Fit([1, 1, 1, 2, 3, 3], [1, 0, 0, 0, 1, 1]);
        Assert.Equal([1.0, 2.0, 3.0], calibrator.StepKnots.X);
        Assert.Equal([0.25, 0.25, 1.0], calibrator.StepKnots.Y);
        Assert.Equal([1.25, 3.0], calibrator.Knots.X);
        Assert.Equal([0.25, 1.0], calibrator.Knots.Y);
        // Between knots: 0.25 + 0.75 · (2 - 1.25) / 1.75 = 0.5714...; beyond: the segment's line, clamped.
        Assert.Equal(0.25 + 0.75 * 0.75 / 1.75, calibrator.Transform(2.0), 1e-6);
        Assert.Equal(0.25 - 0.75 * 0.25 / 1.75, calibrator.Transform(1.0), 1e-6);
        Assert.Equal(0.0, calibrator.Transform(0.5), 1e-6);
        Assert.Equal(1.0, calibrator.Transform(3.5), 1e-6);
        Assert.Equal(0.25, calibrator.TransformStepwise(1.5));
    }

    [Fact]
    public void Pav_pools_violators_and_equal_means_on_a_hand_case()
    {
        // Labels 0 | 1 0 0 | 1 1 over scores 1..6: (1, 0) violates, then (1/2, 0) violates -> {2,3,4} = 1/3;
        // the equal means of 5 and 6 pool too -> {5,6} = 1.
        var calibrator = IsotonicCalibrator.Fit([1, 2, 3, 4, 5, 6], [0, 1, 0, 0, 1, 1]);
        Assert.Equal([1.0, 2.0, 4.0, 5.0, 6.0], calibrator.StepKnots.X);
        Assert.Equal([0.0, 1.0 / 3, 1.0 / 3, 1.0, 1.0], calibrator.StepKnots.Y);
        Assert.Equal([1.0, 3.0, 5.5], calibrator.Knots.X);
        Assert.Equal([0.0, 1.0 / 3, 1.0], calibrator.Knots.Y);
    }

    [Fact]
    public void Transform_keeps_the_strict_order_of_distinct_tied_raw_scores()
    {
        var (s, labels) = TiedScores();
        var calibrator = IsotonicCalibrator.Fit(s, labels);
        var distinct = s.Distinct().Order().ToArray();
        Assert.Equal(211, distinct.Length);
        AssertStrictlyIncreasing(calibrator, distinct);
        AssertStrictlyIncreasing(calibrator, Grid(-0.5, 1.5, 1e-4));

        // Stepwise collapses many of them to ties; the centred transform keeps every probability in [0, 1].
        Assert.True(calibrator.TransformStepwise(distinct).Distinct().Count() < 120);
        var transformed = calibrator.Transform(s);
        Assert.All(transformed, p => Assert.InRange(p, 0.0, 1.0));

        // Expected conversions on the fit data stay close to the observed count (1,029).
        Assert.Equal(1029, labels.Sum());
        Assert.InRange(transformed.Sum(), 1029 - 3, 1029 + 3); // 1030.41: centring shifts the total a little
    }

    [Fact]
    public void Transform_separates_float32_neighbours()
    {
        var (s, labels) = TiedScores();
        var calibrator = IsotonicCalibrator.Fit(s, labels);
        foreach (var centre in new[] { 0.001f, 0.25f, 0.5f, 0.999f })
        {
            var next = MathF.BitIncrement(centre);
            Assert.True(calibrator.Transform(next) > calibrator.Transform(centre), $"{centre}");
        }
    }

    [Fact]
    public void Knots_round_trip_through_from_knots()
    {
        var (s, labels) = TiedScores();
        var fitted = IsotonicCalibrator.Fit(s, labels);
        var restored = IsotonicCalibrator.FromKnots(fitted.Knots, fitted.StepKnots);
        var simple = IsotonicCalibrator.FromKnots(fitted.Knots.X, fitted.Knots.Y);
        foreach (var v in Grid(-0.2, 1.2, 0.01))
        {
            Assert.Equal(fitted.Transform(v), restored.Transform(v));
            Assert.Equal(fitted.TransformStepwise(v), restored.TransformStepwise(v));
            Assert.Equal(fitted.Transform(v), simple.Transform(v));
        }

        // Knots are copies: changing them does not change the calibrator.
        var copy = fitted.Knots;
        copy.Y[0] = 0.9;
        Assert.NotEqual(0.9, fitted.Knots.Y[0]);
    }

    [Fact]
    public void From_knots_validates_positions_and_values()
    {
        var mismatch = Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1, 0.2], [0.5]));
        Assert.Equal("Got 2 knot positions and 1 knot values; pass at least one knot and exactly one value per position.", mismatch.Message);
        Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([], []));
        var order = Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1, 0.1], [0.2, 0.3]));
        Assert.Equal("Knot position at index 1 is not finite or not above the previous one; pass finite, strictly increasing positions.", order.Message);
        Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1, double.NaN], [0.2, 0.3]));
        var value = Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1, 0.2], [0.3, 0.2]));
        Assert.Equal("Knot value at index 1 is 0.2; values must lie in [0, 1] and never decrease.", value.Message);
        Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1, 0.2], [0.3, 1.2]));
        Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1], [double.NaN]));
        var input = Assert.Throws<MetricsException>(() => IsotonicCalibrator.FromKnots([0.1], [0.5]).Transform(double.NaN));
        Assert.Equal("The score to calibrate is NaN; pass a finite number.", input.Message);
    }

    private static void AssertStrictlyIncreasing(IsotonicCalibrator calibrator, double[] ascending)
    {
        var p = calibrator.Transform(ascending);
        for (var i = 1; i < p.Length; i++)
        {
            Assert.True(p[i] > p[i - 1], $"Transform({ascending[i]:R}) = {p[i]:R} is not above Transform({ascending[i - 1]:R}) = {p[i - 1]:R}");
        }
    }

    private static double[] Grid(double from, double to, double step) =>
        Enumerable.Range(0, (int)Math.Round((to - from) / step) + 1).Select(k => from + k * step).ToArray();
}
