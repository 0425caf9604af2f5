using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Messaging;

/// <summary>
/// Only users in one of these roles may send the message. Without it, any signed-in user may; the
/// handler then scopes what they see.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequireRolesAttribute(params StaffRole[] roles) : Attribute
{
    public IReadOnlyList<StaffRole> Roles { get; } = roles;
}

/// <summary>The message may be sent without a signed-in user (sign-in itself, background jobs).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousMessageAttribute : Attribute;
