import APIDocEmitter
import APIDocModel
import APIDocParser
import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time generating Swift for a folder of pages against libcmark alone on the same bytes.",
        discussion: """
            Reads every page into memory first, then per round times libcmark parsing all of them (one \
            core) and the whole generator (parse, model, emit, in memory, on all cores, as `generate` \
            does) on the same bytes. Prints pages/s, MB/s, the median of the rounds, the ratio by wall \
            clock and by processor time, and peak memory.
            """
    )

    @Argument(help: "A folder of pages, e.g. a corpus format folder.")
    var folder: String

    @Option(help: "Rounds to run; the median is reported.")
    var rounds = 3

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be at least 1.") }
    }

    func run() async throws {
        let files = try DocumentParser.pageFiles(in: [folder])
        let pages = files.compactMap { file in FileManager.default.contents(atPath: file).map { (file, Array($0)) } }
        let megabytes = Double(pages.reduce(0) { $0 + $1.1.count }) / 1_048_576
        let texts = pages.map { String(decoding: $0.1, as: UTF8.self) }
        let emitter = SwiftClientEmitter(templates: try .bundled())
        var cmarkTimes: [Duration] = []
        var generatorTimes: [(wall: Duration, cpu: Double, parsing: Duration)] = []
        let clock = ContinuousClock()
        var blocks = 0
        var bytes = 0
        for _ in 0..<rounds {
            blocks = 0
            cmarkTimes.append(clock.measure { for text in texts { blocks += CMarkBaseline.parse(text) } })
            let cpuBefore = Self.processorSeconds()
            var parsing = Duration.zero
            let wall = clock.measure {
                // What `apidocgen generate` does between reading the files and writing them.
                var document = APIDocument()
                parsing = clock.measure { document = DocumentParser().parse(pages: pages.map { (file: $0.0, bytes: $0.1) }) }
                bytes = emitter.files(for: document, pages: files).reduce(0) { $0 + $1.contents.utf8.count }
            }
            generatorTimes.append((wall, Self.processorSeconds() - cpuBefore, parsing))
        }
        let cmark = Self.median(cmarkTimes)
        let generator = Self.median(generatorTimes.map(\.wall))
        let processor = generatorTimes.map(\.cpu).sorted()[rounds / 2]
        print("pages: \(pages.count), \(String(format: "%.1f", megabytes)) MB, \(rounds) rounds (medians)")
        print("libcmark read \(blocks) blocks; apidocgen wrote \(bytes) bytes of Swift")
        print(Self.line("libcmark alone", cmark, pages: pages.count, megabytes: megabytes))
        print(Self.line("apidocgen generate", generator, pages: pages.count, megabytes: megabytes))
        let parsing = Self.median(generatorTimes.map(\.parsing))
        print(String(format: "  of which parsing into the model %.3f s, emitting Swift %.3f s", Self.seconds(parsing), Self.seconds(generator - parsing)))
        print(
            String(
                format: "ratio: %.2f× libcmark (wall clock, %d cores); processor time %.3f s, %.2f× libcmark",
                Self.seconds(generator) / Self.seconds(cmark), ProcessInfo.processInfo.activeProcessorCount, processor,
                processor / Self.seconds(cmark)))
        print("peak memory: \(Self.peakMemoryMegabytes()) MB")
    }

    static func median(_ durations: [Duration]) -> Duration { durations.sorted()[durations.count / 2] }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func line(_ name: String, _ duration: Duration, pages: Int, megabytes: Double) -> String {
        let time = seconds(duration)
        return String(
            format: "%@: %.3f s, %.0f pages/s, %.1f MB/s", name, time, Double(pages) / time, megabytes / time)
    }

    /// User and system time of the process so far, all threads.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func peakMemoryMegabytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
        #endif
    }
}
