/// Sports clubs are named after their cities: "Manchester United", "Real Madrid", "the Dallas
/// Cowboys", "Chennai Super Kings". The city in a club's name is no place the story is about, as
/// a geoparser's gold counts it (a town in a company's name is not one either), and the whole
/// name is an organization's: `places` drops the city, `entities` joins the name. Hand-collected
/// for this project from the names of the major leagues (no external data set). Lower case.
public enum SportsTeams {
    /// Words written before the city in European clubs' names: "Real Madrid", "Bayern Munich",
    /// "Inter Milan", "FC Porto", "Dynamo Kyiv".
    public static let clubPrefixes: Set<String> = [
        "real", "atletico", "atlético", "bayern", "borussia", "sporting", "dynamo", "dinamo", "spartak", "cska",
        "olympique", "hertha", "inter", "ac", "fc", "as", "ss", "ssc", "lokomotiv", "deportivo", "celta", "rapid",
        "racing", "athletic", "galatasaray", "fenerbahce", "besiktas", "bayer",
    ]

    /// The last word of a club's name after its city: British football's suffixes ("Leeds
    /// United", "Bristol Rovers", "Wigan Athletic") and the nicknames of North American and
    /// Indian league teams ("Boston Red Sox", "Miami Heat", "Mumbai Indians"). Not "City",
    /// "Town", "County" or "Forest", which name places too ("Mexico City", "Cape Town"), nor
    /// "Senators" ("Texas Senators Ted Cruz and John Cornyn"), "Super" ("Texas Super Tuesday") or
    /// "Islanders" ("Torres Strait Islanders" are a people).
    public static let teamNames: Set<String> = [
        // British and Irish football
        "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "argyle", "orient", "afc", "fc",
        // basketball
        "hawks", "celtics", "nets", "hornets", "bulls", "cavaliers", "mavericks", "nuggets", "pistons", "warriors",
        "rockets", "pacers", "clippers", "lakers", "grizzlies", "heat", "bucks", "timberwolves", "pelicans", "knicks",
        "thunder", "magic", "76ers", "suns", "blazers", "spurs", "raptors", "jazz", "wizards", "sonics",
        // American football
        "cardinals", "falcons", "ravens", "bills", "panthers", "bears", "bengals", "browns", "cowboys", "broncos",
        "lions", "packers", "texans", "colts", "jaguars", "chiefs", "raiders", "chargers", "rams", "dolphins",
        "vikings", "patriots", "saints", "giants", "jets", "eagles", "steelers", "49ers", "seahawks", "buccaneers",
        "titans", "commanders", "redskins", "oilers",
        // baseball
        "diamondbacks", "braves", "orioles", "sox", "cubs", "reds", "guardians", "rockies", "tigers", "astros",
        "royals", "angels", "dodgers", "marlins", "brewers", "twins", "mets", "yankees", "phillies", "pirates",
        "padres", "mariners", "rays", "rangers", "jays", "nationals", "expos",
        // ice hockey
        "ducks", "coyotes", "bruins", "sabres", "flames", "hurricanes", "blackhawks", "avalanche", "stars", "wings",
        "canadiens", "predators", "devils", "flyers", "penguins", "sharks", "kraken",
        "blues", "lightning", "leafs", "canucks", "knights", "capitals",
        // cricket's Indian Premier League
        "indians", "kings", "riders",
        // American college sport ("the Georgia Bulldogs", "Alabama Crimson Tide", "Ohio State
        // Buckeyes"); not "Volunteers" or "Pilgrims", words of other names
        "bulldogs", "tide", "buckeyes", "wolverines", "longhorns", "gators", "seminoles", "wildcats", "spartans",
        "badgers", "hawkeyes", "cornhuskers", "sooners", "aggies", "razorbacks", "gamecocks", "trojans", "beavers",
        "cougars", "utes", "buffaloes", "jayhawks", "mountaineers", "hoosiers", "boilermakers", "terrapins",
        "huskies", "heels", "jackets",
        // others
        "athletics", "roughriders", "galaxy", "sounders", "timbers", "whitecaps",
    ]
}
