using K8sGuard.Benchmarks;

// dotnet run -c Release --project tests/K8sGuard.Benchmarks [-- --heavy 10000 --sizes 1000,10000,100000 --runs 5 --documents --fresh-trees --check --blocks 500,1000,2000,4000 --accounts 1000 --blocks-only --fix-all 250,500,1000 --by-family --solution 500 --solution-only]
var options = new BenchmarkOptions();
for (var i = 0; i < args.Length; i++)
{
    options = args[i] switch
    {
        "--heavy" => options with { HeavyPodSpecs = int.Parse(args[++i]) },
        "--sizes" => options with { ScalingPodSpecs = args[++i].Split(',').Select(int.Parse).ToArray() },
        "--runs" => options with { Runs = int.Parse(args[++i]) },
        "--documents" => options with { DocumentByDocument = true },
        "--fresh-trees" => options with { FreshTrees = true },
        "--check" => options with { CheckTargets = true },
        "--profile" => options with { ProfileOnly = true },
        "--profile-floor" => options with { ProfileOnly = true, ProfileFloor = true },
        "--twice" => options with { ProfileTwice = true },
        "--blocks" => options with { BlockPodSpecs = args[++i].Split(',').Select(int.Parse).ToArray() },
        "--blocks-only" => options with { BlocksOnly = true },
        "--fix-all" => options with { FixAllPodSpecs = args[++i].Split(',').Select(int.Parse).ToArray() },
        "--solution" => options with { SolutionFiles = int.Parse(args[++i]) },
        "--solution-only" => options with { SolutionOnly = true },
        "--by-family" => options with { ByFamily = true },
        "--accounts" => options with { AccountsInOtherFile = int.Parse(args[++i]) },
        _ => throw new ArgumentException("unknown option " + args[i]),
    };
}

return await BenchmarkRunner.RunAsync(options, Console.Out) ? 0 : 1;

