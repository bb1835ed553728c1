#pragma once

#include <cstdint>

namespace looma::fleetsim {

// A tiny deterministic generator. std::uniform_*_distribution is implementation-defined, so the
// fleet would differ between standard libraries; this one gives the same fleet everywhere.
class SplitMix64 final
{
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); the modulo bias is irrelevant for a simulated fleet.
    std::uint32_t below(std::uint32_t bound) { return bound == 0 ? 0 : std::uint32_t(next() % bound); }

    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    // A stateless hash of a few integers, for per-object constants that must not depend on order.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0)
    {
        SplitMix64 g(a * 0x100000001B3ULL ^ (b + 0x7F4A7C15ULL) * 0xC2B2AE3D27D4EB4FULL ^ c);
        g.next();
        return g.next();
    }

private:
    std::uint64_t m_state = 0;
};

} // namespace looma::fleetsim
