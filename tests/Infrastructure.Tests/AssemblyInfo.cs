using SpecialtyAlliance.Testing;

[assembly: AssemblyFixture(typeof(PostgresFixture))]
