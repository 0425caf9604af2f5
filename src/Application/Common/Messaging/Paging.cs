using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Application.Common.Messaging;

/// <summary>Implemented by list queries; validated by <see cref="PagedQueryValidator{T}"/> rules.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

public static class PagingExtensions
{
    public static async Task<PagedResponse<T>> ToPageAsync<T>(
        this IQueryable<T> query, IPagedQuery paging, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .Skip((paging.Page - 1) * paging.PageSize)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedResponse<T>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>The paging rules every list shares: page from 1, size from 1 to <see cref="Paging.MaxPageSize"/>.</summary>
    public static void IncludePagingRules<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
