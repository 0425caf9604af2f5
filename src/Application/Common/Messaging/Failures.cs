using System.Reflection;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Messaging;

/// <summary>
/// Builds a failed <typeparamref name="TResponse"/> from an <see cref="Error"/> for pipeline behaviors,
/// which are generic over the response. Works for every type implementing <see cref="IFailureFactory{TSelf}"/>.
/// </summary>
internal static class Failures<TResponse>
{
    private static readonly Func<Error, TResponse>? Factory = CreateFactory();

    public static bool CanCreate => Factory is not null;

    public static TResponse Create(Error error) =>
        Factory is not null
            ? Factory(error)
            : throw new InvalidOperationException(
                $"{typeof(TResponse).Name} is not a result type; message handlers must return Result or Result<T>.");

    private static Func<Error, TResponse>? CreateFactory()
    {
        var type = typeof(TResponse);
        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IFailureFactory<>)))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result.FromError), BindingFlags.Public | BindingFlags.Static, [typeof(Error)])!;
        return method.CreateDelegate<Func<Error, TResponse>>();
    }
}
