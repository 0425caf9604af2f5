using SpecialtyAlliance.Contracts.Staff;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Web.Components.Tests.Kit;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>A test context for the consultation pages: a clock the test moves, the alliance's catalogue, a signed-in person.</summary>
public abstract class ConsultationContext : WebTestContext
{
    protected ConsultationContext()
    {
        Services.AddSingleton<TimeProvider>(Clock);
        Api.Get("/api/specialties", ConsultationData.Specialties);
        Api.Get("/api/hospitals", ConsultationData.Hospitals);
    }

    /// <summary>Wednesday 4 March 2026, 10:00 in Beijing.</summary>
    protected FakeTimeProvider Clock { get; } = new(ConsultationData.Now);

    protected MeResponse Me { get; private set; } = null!;

    protected string CurrentUri => Services.GetRequiredService<NavigationManager>().Uri;

    protected async Task<MeResponse> SignInAsAsync(StaffRole role)
    {
        Me = Person(role);
        if (role == StaffRole.Clinician)
        {
            Me = Me with { HospitalId = ConsultationData.ShiquanId, HospitalName = "石泉县医院" };
        }

        await SignInAsync(Me);
        return Me;
    }
}
