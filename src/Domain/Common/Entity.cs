namespace SpecialtyAlliance.Domain.Common;

/// <summary>A marker for something that happened inside an aggregate, dispatched when it is saved.</summary>
public interface IDomainEvent;

/// <summary>Base of every entity: a Guid v7 identity and the domain events raised since it was loaded.</summary>
public abstract class Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected Entity() => Id = Guid.CreateVersion7();

    protected Entity(Guid id) => Id = id;

    public Guid Id { get; private init; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>An aggregate root that two people may edit at once; <see cref="Version"/> maps to PostgreSQL's xmin.</summary>
public abstract class AggregateRoot : Entity
{
    protected AggregateRoot()
    {
    }

    protected AggregateRoot(Guid id)
        : base(id)
    {
    }

    public uint Version { get; private set; }
}
