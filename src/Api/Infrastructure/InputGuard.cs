using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>
/// One guard, on every endpoint, for what no use case should have to think about: after binding and before the
/// handler, every argument the request supplied — route and query values and the whole JSON body, nested records and
/// lists included — is walked once, and the request is refused with a 400 and a field error in words when
/// <list type="bullet">
/// <item>a text contains the NUL character (PostgreSQL refuses it in <c>text</c> and <c>jsonb</c>, which was a 500);</item>
/// <item>a date or time in the query or route lies outside the years 1900–2999 (the calendar's edges overflowed on
/// conversion to local time); a body's dates are its use case's to judge, beside its other fields, so a form hears of
/// every bad field at once;</item>
/// </list>
/// Types are read once and their readers cached, so a request costs a walk over its own values only.
/// </summary>
internal static class InputGuard
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2999, 12, 31);

    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    private sealed record Member(string Name, Func<object, object?> Read);

    /// <summary>Adds the guard to every endpoint under <paramref name="builder"/>.</summary>
    public static TBuilder GuardInput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var parameters = factory.MethodInfo.GetParameters();
            var checkedParameters = parameters
                .Select((p, i) => (Parameter: p, Index: i))
                .Where(p => IsSupplied(p.Parameter.ParameterType))
                .Select(p => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Parameter.Name ?? $"arg{p.Index}"), p.Index, FromBody: IsBody(p.Parameter)))
                .ToArray();
            if (checkedParameters.Length == 0)
            {
                return next;
            }

            return async context =>
            {
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var (name, index, fromBody) in checkedParameters)
                {
                    if (index < context.Arguments.Count)
                    {
                        // A body's fields are named as the client sent them ("weekly[0].start"), a query's by its parameter.
                        Check(context.Arguments[index], fromBody ? string.Empty : name, errors, 0, checkDates: !fromBody);
                    }
                }

                return errors.Count == 0
                    ? await next(context)
                    : Error.Validation(errors).ToProblem();
            };
        });

    /// <summary>A value the caller supplied (not a service, the context or a cancellation token).</summary>
    private static bool IsSupplied(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || IsDateLike(t) || IsContract(t) || (IsList(t) && t != typeof(string));
    }

    private static bool IsBody(ParameterInfo parameter) =>
        IsContract(Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType)
        || parameter.GetCustomAttributes().Any(a => a.GetType().Name == "FromBodyAttribute");

    private static bool IsContract(Type type) =>
        type.Namespace?.StartsWith("SpecialtyAlliance.Contracts", StringComparison.Ordinal) == true && !type.IsEnum;

    private static bool IsList(Type type) => typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string);

    private static bool IsDateLike(Type type) =>
        type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);

    private static void Check(object? value, string path, Dictionary<string, string[]> errors, int depth, bool checkDates)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    Add(errors, path, "Text must not contain the NUL character (\\u0000).");
                }

                return;
            case DateOnly date:
                CheckDate(date, path, errors, checkDates);
                return;
            case DateTime dateTime:
                CheckDate(DateOnly.FromDateTime(dateTime), path, errors, checkDates);
                return;
            case DateTimeOffset instant:
                CheckDate(DateOnly.FromDateTime(instant.UtcDateTime), path, errors, checkDates);
                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        var type = value.GetType();
        if (value is IEnumerable items && IsList(type))
        {
            var i = 0;
            foreach (var item in items)
            {
                Check(item, $"{path}[{i++}]", errors, depth + 1, checkDates);
            }

            return;
        }

        if (!IsContract(type))
        {
            return;
        }

        foreach (var member in Members.GetOrAdd(type, Describe))
        {
            var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            var memberValue = member.Read(value);
            Check(memberValue, memberPath, errors, depth + 1, checkDates);
        }
    }

    private static void CheckDate(DateOnly date, string path, Dictionary<string, string[]> errors, bool checkDates)
    {
        if (checkDates && (date < Earliest || date > Latest))
        {
            Add(errors, path, $"The date must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string path, string message)
    {
        var key = path.Length == 0 ? "body" : path;
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
    }

    /// <summary>A contract's readable properties that hold what the caller supplied (texts, dates, lists, nested records).</summary>
    private static Member[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && IsSupplied(p.PropertyType))
            .Select(p => new Member(JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetValue))];
}
