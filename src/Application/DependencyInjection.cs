using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpecialtyAlliance.Application.Common.Events;
using SpecialtyAlliance.Application.Reminders;

namespace SpecialtyAlliance.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The application layer's services. The mediator itself is generated in the host, which lists the
    /// pipeline behaviors in order (see the Api's DependencyInjection). Domain-event handlers, reminder
    /// composers and reminder sources are found by type, so a feature adds one by writing the class.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Common.Idempotency.IdempotencyOutcome>();
        services.AddScoped<Consultations.ConsultationChanges>();

        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces())
            {
                var isEventHandler = contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>);
                if (isEventHandler || contract == typeof(IReminderComposer) || contract == typeof(IReminderSource))
                {
                    services.AddScoped(contract, type);
                }
            }
        }

        return services;
    }
}
