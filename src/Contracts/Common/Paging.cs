namespace SpecialtyAlliance.Contracts.Common;

/// <summary>One page of a list, with the total number of items across all pages.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>The paging every list accepts: <c>?page=1&amp;pageSize=20</c> (page from 1, size 1–200).</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;
}

/// <summary>An entry of the fixed specialty catalogue.</summary>
public sealed record SpecialtyResponse(string Code, string NameZh, string NameEn);
