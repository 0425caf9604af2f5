using System.Diagnostics.CodeAnalysis;

namespace SpecialtyAlliance.Domain.Common;

/// <summary>Implemented by every result type so pipeline code can build a failure of any of them.</summary>
public interface IResult
{
    [MemberNotNullWhen(false, nameof(Error))]
    bool IsSuccess { get; }

    Error? Error { get; }
}

/// <summary>Implemented by result types that can be created from an <see cref="Common.Error"/>.</summary>
public interface IFailureFactory<out TSelf>
{
    static abstract TSelf FromError(Error error);
}

/// <summary>The outcome of an action that returns nothing on success.</summary>
public sealed class Result : IResult, IFailureFactory<Result>
{
    private static readonly Result SuccessInstance = new(null);

    private Result(Error? error) => Error = error;

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public static Result Success() => SuccessInstance;

    public static Result Failure(Error error) => new(error);

    public static Result FromError(Error error) => new(error);

    public static implicit operator Result(Error error) => new(error);
}

/// <summary>The outcome of an action that returns a <typeparamref name="T"/> on success.</summary>
public sealed class Result<T> : IResult, IFailureFactory<Result<T>>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"A failed result has no value ({Error.Code}).");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static Result<T> FromError(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
