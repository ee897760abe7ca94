// Baseline for the benchmark: a node step that does nothing. The floor of any JavaScript action: node's start and
// the runner emulator's own work around a step.
