using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Web.Localization;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// What many pages name things by, read once per sign-in: the specialty catalogue (with its Chinese and English
/// names) and the hospitals the user may see (with both names). Forgotten at sign-out.
/// </summary>
public sealed class AllianceDirectory
{
    private readonly ApiClient _api;
    private IReadOnlyList<SpecialtyResponse>? _specialties;
    private IReadOnlyList<HospitalResponse>? _hospitals;

    public AllianceDirectory(ApiClient api, Session session)
    {
        _api = api;
        session.Changed += Forget;
    }

    public IReadOnlyList<SpecialtyResponse> Specialties => _specialties ?? [];

    public IReadOnlyList<HospitalResponse> Hospitals => _hospitals ?? [];

    public async Task<ApiProblem?> LoadSpecialtiesAsync()
    {
        if (_specialties is not null)
        {
            return null;
        }

        var result = await _api.GetAsync<List<SpecialtyResponse>>("api/specialties");
        _specialties = result.Value;
        return result.Problem;
    }

    public async Task<ApiProblem?> LoadHospitalsAsync(bool refresh = false)
    {
        if (_hospitals is not null && !refresh)
        {
            return null;
        }

        var result = await _api.GetAsync<PagedResponse<HospitalResponse>>($"api/hospitals?pageSize={Paging.MaxPageSize}");
        if (result.Value is { } page)
        {
            _hospitals = page.Items;
        }

        return result.Problem;
    }

    /// <summary>A specialty's name in the current language; the code itself when the catalogue does not know it.</summary>
    public string SpecialtyName(Texts texts, string code) =>
        Specialties.FirstOrDefault(s => s.Code == code) is { } s ? texts.Specialty(s.NameZh, s.NameEn) : code;

    /// <summary>A hospital's name in the current language; <paramref name="fallback"/> when it is not among those read.</summary>
    public string HospitalName(Texts texts, Guid id, string fallback) =>
        Hospitals.FirstOrDefault(h => h.Id == id) is { } h ? texts.HospitalName(h.Name, h.NameEn) : fallback;

    /// <summary>
    /// A department known only by its (Chinese) name, in the current language: departments named after their
    /// specialty read as the specialty's English name; any other name is shown as it is.
    /// </summary>
    public string DepartmentName(Texts texts, string name) =>
        texts.Language == Language.En && Specialties.FirstOrDefault(s => s.NameZh == name) is { } s ? s.NameEn : name;

    private void Forget()
    {
        _specialties = null;
        _hospitals = null;
    }
}
