import Dispatch
import Testing
import TextAnalysis

@Suite("Locked")
struct LockedTests {
    @Test("no update is lost when many threads change the value at once")
    func concurrentUpdates() {
        let counter = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
        }
        #expect(counter.withLock { $0 } == 80_000)
    }

    @Test("an error thrown inside releases the lock and reaches the caller with its type")
    func typedThrows() {
        struct Refused: Error, Equatable {}
        let value = Locked([1, 2])
        #expect(throws: Refused()) {
            try value.withLock { (numbers: inout [Int]) throws(Refused) in
                numbers.append(3)
                throw Refused()
            }
        }
        // Taken again: the failed call gave the lock back, and its change stays.
        #expect(value.withLock { $0 } == [1, 2, 3])
    }
}
