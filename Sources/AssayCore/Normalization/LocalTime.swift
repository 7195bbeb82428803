/// Re-expresses a machine timestamp in the zone the page shows its readers. Sites often store
/// `article:published_time` in UTC while the byline reads "Nov 8, 2023, 10:28 p.m."; the instant
/// is the same, but its day in UTC is the next one. The visible wall time gives the page's offset.
enum LocalTime {
    /// `stamp` in the offset implied by a visible date with a time, when that date is the same
    /// instant seen on a local clock (a whole quarter-hour offset within ±14 hours); nil otherwise.
    static func asShown(_ stamp: FoundDate, visible: [FoundDate]) -> FoundDate? {
        guard stamp.assumedTimeZone == nil, let text = stamp.rfc3339, let instant = Stamp(text) else { return nil }
        for shown in visible {
            guard let local = shown.rfc3339.flatMap(Stamp.init) else { continue }
            if shown.precision == "day" {
                // The first day shown decides: the same day as the stamp's, nothing to move.
                if local.wall / 86400 == Int((Double(instant.wall) / 86400).rounded(.down)) { return nil }
                if let moved = onShownDay(stamp, instant: instant, day: local.wall / 86400) { return moved }
                continue
            }
            let offset: Int
            if shown.assumedTimeZone == nil {
                // The visible date names its zone ("10:35 PM PST"): it must be the same instant.
                guard abs(local.instant - instant.instant) <= 120 else { continue }
                offset = local.offset
            } else {
                // A bare wall time: the difference from the instant is the page's offset.
                let difference = local.wall - instant.instant
                let rounded = Int((Double(difference) / 900).rounded()) * 900
                guard abs(difference - rounded) <= 120, abs(rounded) <= 14 * 3600 else { continue }
                offset = rounded
            }
            guard offset != instant.offset else { return nil }
            var moved = stamp
            moved.rfc3339 = Stamp.text(instant: instant.instant, offset: offset)
            return moved
        }
        return nil
    }
}

extension LocalTime {
    /// A UTC timestamp one day off the day the page shows (stored at 23:00Z, shown as the next
    /// day in Europe; 01:00Z, shown as the day before in America): the nearest whole-hour offset
    /// that puts the same instant on the shown day.
    fileprivate static func onShownDay(_ stamp: FoundDate, instant: Stamp, day: Int) -> FoundDate? {
        guard instant.offset == 0 else { return nil }
        let utcDay = Int((Double(instant.instant) / 86400).rounded(.down))
        guard abs(day - utcDay) == 1 else { return nil }
        let hours = day > utcDay ? Array(1...14) : Array((1...12).map { -$0 })
        for hour in hours where Int((Double(instant.instant + hour * 3600) / 86400).rounded(.down)) == day {
            var moved = stamp
            moved.rfc3339 = Stamp.text(instant: instant.instant, offset: hour * 3600)
            return moved
        }
        return nil
    }
}

/// An RFC 3339 date-time as seconds: `wall` is the written clock time counted as if UTC.
fileprivate struct Stamp {
    let wall: Int
    let offset: Int
    var instant: Int { wall - offset }

    init?(_ text: String) {
        let chars = Array(text.utf8)
        guard chars.count >= 19 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard chars[i] >= 48, chars[i] <= 57 else { return nil }
                value = value * 10 + Int(chars[i] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        wall = Self.days(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second
        if chars.count >= 25, let hours = number(20..<22), let minutes = number(23..<25) {
            offset = (chars[19] == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else {
            offset = 0
        }
    }

    static func text(instant: Int, offset: Int) -> String {
        let wall = instant + offset
        let days = wall >= 0 ? wall / 86400 : (wall - 86399) / 86400
        let seconds = wall - days * 86400
        let (year, month, day) = civil(days)
        let clock = [seconds / 3600, seconds % 3600 / 60, seconds % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
        let date = [month, day].map { $0 < 10 ? "0\($0)" : "\($0)" }
        return "\(year)-\(date[0])-\(date[1])T\(clock.joined(separator: ":"))" + DateParser.offsetText(offset)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
