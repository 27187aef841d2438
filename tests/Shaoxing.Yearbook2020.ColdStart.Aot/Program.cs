using Shaoxing.Yearbook2020;

// The same cold modes as the benchmarks' Program.cs, in an executable that can be published Native AOT.
switch (args.FirstOrDefault())
{
    case "cold-meetings":
        Console.WriteLine(Yearbook.Default.Meetings.InMonth(7).Length);
        return 0;
    case "cold-entries":
        Console.WriteLine(Yearbook.Default.Entries.Find("s5-e32")!.Heading);
        return 0;
    default:
        Console.WriteLine("hello");
        return 0;
}
