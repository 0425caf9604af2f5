using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Behaviors;

/// <summary>Runs every FluentValidation validator of the message; any failure ends the pipeline with field errors.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Dictionary<string, List<string>>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in result.Errors)
            {
                errors ??= [];
                var field = FieldName(failure.PropertyName);
                if (!errors.TryGetValue(field, out var list))
                {
                    errors[field] = list = [];
                }

                list.Add(failure.ErrorMessage);
            }
        }

        if (errors is null)
        {
            return await next(message, cancellationToken);
        }

        return Failures<TResponse>.Create(
            Error.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray())));
    }

    /// <summary>"CountyHospitalId" → "countyHospitalId"; "Specialties[0]" → "specialties[0]"; "Patient.Age" → "patient.age".</summary>
    internal static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part =>
            part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
