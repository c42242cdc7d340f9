// Hangfire keeps part of its configuration in statics (JobStorage.Current, global filters), so two hubs started
// at the same time in one process could see each other's settings: fixtures run one after the other.
[assembly: Parallelizable(ParallelScope.None)]
