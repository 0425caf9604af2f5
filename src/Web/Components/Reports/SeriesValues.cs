namespace SpecialtyAlliance.Web.Components.Reports;

/// <summary>One named series of a chart: one value per label.</summary>
public sealed record SeriesValues(string Name, IReadOnlyList<double> Points)
{
    /// <summary>Counts as a chart's values.</summary>
    public static SeriesValues Of(string name, IEnumerable<int> counts) => new(name, [.. counts.Select(c => (double)c)]);
}
