using System.Globalization;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Referrals;

namespace SpecialtyAlliance.Web.Services;

/// <summary>
/// The consultations and referrals of the API, typed (ADR 0041): pages name a move by its enum and never spell a path.
/// Each move sends the version the page shows as <c>If-Match</c>, so a change meanwhile answers 409 concurrency.
/// </summary>
public sealed class ConsultationsClient(ApiClient api)
{
    public Task<ApiResult<ConsultationResponse>> GetAsync(Guid id) => api.GetAsync<ConsultationResponse>($"api/consultations/{id}");

    public Task<ApiResult<ConsultationResponse>> MoveAsync(ConsultationResponse consultation, ConsultationAction action, object? body) =>
        api.PostAsync<ConsultationResponse>(
            $"api/consultations/{consultation.Id}/{action.WireName()}", body, ifMatchVersion: consultation.Version.ToString(CultureInfo.InvariantCulture));

    public Task<ApiResult<PagedResponse<ReferralResponse>>> ReferralsOfAsync(Guid consultationId) =>
        api.GetAsync<PagedResponse<ReferralResponse>>($"api/referrals?consultationId={consultationId}");

    /// <summary>The green channel; <paramref name="idempotencyKey"/> (one per form) makes a double click create one referral.</summary>
    public Task<ApiResult<ReferralResponse>> ReferAsync(ReferralRequest request, string idempotencyKey) =>
        api.PostAsync<ReferralResponse>("api/referrals", request, idempotencyKey: idempotencyKey);

    public Task<ApiResult<ReferralResponse>> GetReferralAsync(Guid id) => api.GetAsync<ReferralResponse>($"api/referrals/{id}");

    public Task<ApiResult<ReferralResponse>> MoveReferralAsync(ReferralResponse referral, ReferralAction action, object? body) =>
        api.PostAsync<ReferralResponse>(
            $"api/referrals/{referral.Id}/{action.WireName()}", body, ifMatchVersion: referral.Version.ToString(CultureInfo.InvariantCulture));

    /// <summary>The departments a referral may be received into (the receiving hospital's).</summary>
    public Task<ApiResult<List<DepartmentResponse>>> DepartmentsOfAsync(Guid hospitalId) =>
        api.GetAsync<List<DepartmentResponse>>($"api/hospitals/{hospitalId}/departments");
}
