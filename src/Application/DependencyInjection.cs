using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SpecialtyAlliance.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The application layer's services. The mediator itself is generated in the host, which lists the
    /// pipeline behaviors in order (see the Api's DependencyInjection).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
