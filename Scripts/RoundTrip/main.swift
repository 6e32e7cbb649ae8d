// Runs the checks `apidocgen generate --round-trip-checks` wrote into the generated module (which
// Scripts/corpus-sweep imports above this line), and prints one table row per
// part (`format | part | examples | round-trip | changed | read leniently | rejected | same verdict as the model`)
// and then every example whose compiled outcome differs from what the model-level check says.
import Foundation

let format = CommandLine.arguments.dropFirst().first ?? "format"
var counts: [String: [RoundTripOutcome: Int]] = [:]
var examples: [String: Int] = [:]
var agreeing: [String: Int] = [:]
var disagreements: [String] = []
for group in roundTripCheckGroups() {
    group { page, part, outcomeOnTheModel, run in
        let outcome = run()
        examples[part, default: 0] += 1
        counts[part, default: [:]][outcome, default: 0] += 1
        if outcome.rawValue == outcomeOnTheModel {
            agreeing[part, default: 0] += 1
        } else {
            disagreements.append("  \(page) \(part): compiled \(outcome.rawValue), model says \(outcomeOnTheModel)")
        }
    }
}
for part in ["request", "response"] {
    let total = examples[part] ?? 0
    let outcome = { (kind: RoundTripOutcome) in counts[part]?[kind] ?? 0 }
    let share = total == 0 ? "-" : String(format: "%.1f%%", 100 * Double(outcome(.roundTrip)) / Double(total))
    print(
        "\(format) | \(part) | \(total) | \(outcome(.roundTrip)) (\(share)) | \(outcome(.changed)) | \(outcome(.readLeniently)) | "
            + "\(outcome(.rejected)) | \(agreeing[part] ?? 0)")
}
disagreements.forEach { print($0) }
