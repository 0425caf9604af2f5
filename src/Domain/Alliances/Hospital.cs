using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Alliances;

public enum HospitalTier
{
    /// <summary>三级 — the city center hospital that leads the alliance.</summary>
    CityCenter,

    /// <summary>二级县医院 — a county hospital.</summary>
    County,

    /// <summary>乡镇卫生院.</summary>
    Township,

    /// <summary>村卫生室.</summary>
    Village,
}

public enum HospitalKind
{
    General,

    /// <summary>中医院.</summary>
    TraditionalChinese,

    /// <summary>民营.</summary>
    Private,
}

/// <summary>A member institution of the alliance.</summary>
public sealed class Hospital : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int RegionMaxLength = 60;

    private Hospital()
    {
        Name = null!;
        NameEn = null!;
        Region = null!;
    }

    public string Name { get; private set; }

    public string NameEn { get; private set; }

    public HospitalTier Tier { get; private set; }

    public HospitalKind Kind { get; private set; }

    public string Region { get; private set; }

    public static Hospital Create(string name, string nameEn, HospitalTier tier, HospitalKind kind, string region)
    {
        var hospital = new Hospital();
        hospital.Update(name, nameEn, tier, kind, region);
        return hospital;
    }

    public void Update(string name, string nameEn, HospitalTier tier, HospitalKind kind, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Name = name.Trim();
        NameEn = nameEn.Trim();
        Tier = tier;
        Kind = kind;
        Region = region.Trim();
    }
}
