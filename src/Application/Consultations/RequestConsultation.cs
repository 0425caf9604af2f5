using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Application.Alliances;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using Urgency = SpecialtyAlliance.Domain.Consultations.Urgency;
using PatientSex = SpecialtyAlliance.Domain.Consultations.PatientSex;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// A county clinician requests a consultation. It is routed to the city departments whose Active pairing with the
/// clinician's hospital covers the specialty (refused with <c>no_route</c> when none does), and enters their queue.
/// With an <c>Idempotency-Key</c>, a retry answers with the first result and creates nothing (<see cref="IIdempotentCreate"/>).
/// </summary>
[RequireRoles(StaffRole.Clinician)]
public sealed record RequestConsultation(ConsultationRequest Request, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Request;
}

public sealed class RequestConsultationValidator : AbstractValidator<RequestConsultation>
{
    public RequestConsultationValidator()
    {
        RuleFor(c => c.Request.Specialty).Must(Specialty.IsKnown).OverridePropertyName("specialty")
            .WithMessage("Specialty must be a code of the catalogue (GET /api/specialties).");
        RuleFor(c => c.Request.Urgency).OneOf("Urgency").OverridePropertyName("urgency");
        RuleFor(c => c.Request.Patient).NotNull().OverridePropertyName("patient").WithMessage("Describe the patient (reference, age, sex).");
        When(c => c.Request.Patient is not null, () =>
        {
            RuleFor(c => c.Request.Patient.Reference).NotEmpty().MaximumLength(Consultation.PatientReferenceMaxLength)
                .Matches("^[A-Za-z0-9][A-Za-z0-9_/.-]*$").OverridePropertyName("patient.reference")
                .WithMessage("The patient reference is the hospital's pseudonymous code (letters, digits, - _ / .), such as SQ-2026-0147 — never a name.");
            RuleFor(c => c.Request.Patient.Age).NotNull().WithMessage("Enter the patient's age in years (0 for a newborn).")
                .InclusiveBetween(Consultation.MinPatientAge, Consultation.MaxPatientAge)
                .OverridePropertyName("patient.age");
            RuleFor(c => c.Request.Patient.Sex).OneOf("Sex").OverridePropertyName("patient.sex");
        });
        RuleFor(c => c.Request.Summary).NotEmpty().MaximumLength(Consultation.SummaryMaxLength).OverridePropertyName("summary");
        RuleFor(c => c.Request.Question).NotEmpty().MaximumLength(Consultation.QuestionMaxLength).OverridePropertyName("question");
    }
}

public sealed class RequestConsultationHandler(
    IAllianceDbContext db, ICurrentUser user, IOptions<ConsultationOptions> options, TimeProvider clock)
    : ICommandHandler<RequestConsultation, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RequestConsultation command, CancellationToken cancellationToken)
    {
        var me = user.UserId!.Value;
        var r = command.Request;
        var hospital = user.HospitalId!.Value;
        var routes = await db.RouteAsync(r.Specialty, hospital, cancellationToken);
        if (routes.Count == 0)
        {
            return Error.Conflict("no_route", "No active alliance covers this specialty for your hospital.");
        }

        var urgency = r.Urgency!.Value.ToDomain();
        var now = clock.GetUtcNow();
        var consultation = Consultation.Request(
            hospital,
            me,
            user.DepartmentId,
            r.Specialty,
            urgency,
            r.Patient.Reference,
            r.Patient.Age!.Value,
            r.Patient.Sex!.Value.ToDomain(),
            r.Summary,
            r.Question,
            [.. routes.Select(route => route.DepartmentId)],
            [.. routes.Select(route => route.HospitalId)],
            options.Value.ResponseTarget(urgency),
            now);
        db.Consultations.Add(consultation);
        return consultation.Id;
    }
}
