using SpecialtyAlliance.Testing;
using SpecialtyAlliance.Web.Tests;

[assembly: AssemblyFixture(typeof(PostgresFixture))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
