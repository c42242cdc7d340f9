// Fixtures hold their substitutes and fake clock in fields: give every test a fresh fixture.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
