using BenchmarkDotNet.Running;
using Shaoxing.Yearbook2020;

// `cold-*` modes are the fresh processes of the cold-start comparison (run by cold-start.sh under
// /usr/bin/time); anything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "cold-hello":
        Console.WriteLine("hello");
        return 0;
    case "cold-entries":
        Console.WriteLine(Yearbook.Default.Entries.Find("s5-e32")!.Heading);
        return 0;
    case "cold-full":
        var yearbook = Yearbook.Default;
        Console.WriteLine(yearbook.Entries.Count + yearbook.Sections.Count + yearbook.Captions.Count + yearbook.Tables.Count + yearbook.Corrections.Count + yearbook.Figures.Count + yearbook.ConsistencyRules.Count);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Shaoxing.Yearbook2020.Benchmarks.LoadBenchmarks).Assembly).Run(args);
        return 0;
}
