using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Tests.Common;

public sealed class ResultTests
{
    [Fact]
    public void FailedResult_HasNoValue()
    {
        Result<int> result = Error.NotFound("The thing");

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Kind.ShouldBe(ErrorKind.NotFound);
        Should.Throw<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Validation_CarriesFieldErrors()
    {
        var error = Error.Validation("email", "Enter your email.");

        error.Kind.ShouldBe(ErrorKind.Validation);
        error.FieldErrors!["email"].ShouldBe(["Enter your email."]);
    }

    [Fact]
    public void SpecialtyCatalogue_HasTheDesignsCodes_WithChineseNames()
    {
        Specialty.Find("critical-care")!.NameZh.ShouldBe("重症医学科");
        foreach (var code in new[] { "cardiology", "critical-care", "neurology", "stroke", "gastroenterology", "orthopedics", "endocrinology", "ultrasound", "general-surgery", "nursing" })
        {
            Specialty.IsKnown(code).ShouldBeTrue(code);
        }

        Specialty.IsKnown("Cardiology").ShouldBeFalse("codes are exact");
        Specialty.All.Select(s => s.Code).ShouldBeUnique();
    }
}
