package org.openwfm.web.infrastructure.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Common given and family names by community, for agents who look like real people. */
final class DemoNames {

  /** A community whose names an agent carries. */
  enum Community {
    ESTONIAN(
        List.of(
            "Mari",
            "Kadri",
            "Liis",
            "Kristiina",
            "Tiina",
            "Anu",
            "Katrin",
            "Piret",
            "Triin",
            "Maarja",
            "Kertu",
            "Helen",
            "Merike",
            "Eveli"),
        List.of(
            "Andres",
            "Jaan",
            "Martin",
            "Rasmus",
            "Marko",
            "Tõnu",
            "Priit",
            "Mihkel",
            "Kristjan",
            "Siim",
            "Margus",
            "Indrek"),
        List.of(
            "Tamm",
            "Saar",
            "Sepp",
            "Mägi",
            "Kask",
            "Kukk",
            "Rebane",
            "Ilves",
            "Pärn",
            "Koppel",
            "Lepp",
            "Oja",
            "Kuusk",
            "Raudsepp",
            "Vaher",
            "Lõhmus",
            "Kaasik",
            "Luik",
            "Teder",
            "Põder")),
    RUSSIAN(
        List.of(
            "Olga",
            "Irina",
            "Natalja",
            "Jelena",
            "Svetlana",
            "Tatjana",
            "Julia",
            "Anastassia",
            "Marina",
            "Jekaterina"),
        List.of("Aleksandr", "Sergei", "Dmitri", "Andrei", "Maksim", "Ilja", "Vladimir", "Nikolai"),
        List.of(
            "Ivanov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Vassiljev",
            "Petrov",
            "Sokolov",
            "Mihhailov",
            "Fjodorov",
            "Morozov",
            "Volkov",
            "Pavlov")),
    FINNISH(
        List.of(
            "Anna", "Maria", "Laura", "Emilia", "Sanna", "Johanna", "Hanna", "Elina", "Riikka",
            "Satu", "Päivi", "Kaisa", "Noora", "Aino"),
        List.of(
            "Mikko", "Juha", "Timo", "Antti", "Jari", "Ville", "Janne", "Matti", "Sami", "Teemu",
            "Jukka", "Pekka"),
        List.of(
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
            "Lehtinen",
            "Saarinen",
            "Salminen",
            "Heinonen",
            "Niemi",
            "Heikkilä",
            "Kinnunen")),
    HUNGARIAN(
        List.of(
            "Anna",
            "Eszter",
            "Katalin",
            "Zsófia",
            "Réka",
            "Nóra",
            "Judit",
            "Ágnes",
            "Krisztina",
            "Viktória",
            "Dóra",
            "Petra"),
        List.of(
            "László", "Gábor", "Zoltán", "Péter", "Balázs", "Tamás", "Attila", "Dávid", "Bence",
            "Ádám"),
        List.of(
            "Nagy",
            "Kovács",
            "Tóth",
            "Szabó",
            "Horváth",
            "Varga",
            "Kiss",
            "Molnár",
            "Németh",
            "Farkas",
            "Balogh",
            "Papp",
            "Takács",
            "Juhász",
            "Lakatos",
            "Mészáros",
            "Oláh"));

    private final List<String> womensNames;
    private final List<String> mensNames;
    private final List<String> familyNames;

    Community(List<String> womensNames, List<String> mensNames, List<String> familyNames) {
      this.womensNames = womensNames;
      this.mensNames = mensNames;
      this.familyNames = familyNames;
    }
  }

  /** A person's name. */
  record Name(String first, String last) {}

  private DemoNames() {}

  /**
   * A name from the community; about two in three contact-centre agents are women. Russian family
   * names take the feminine ending for women (Ivanov, Ivanova).
   */
  static Name draw(SplittableRandom random, Community community) {
    boolean woman = random.nextDouble() < 0.65;
    String first = DemoRandom.pick(random, woman ? community.womensNames : community.mensNames);
    String last = DemoRandom.pick(random, community.familyNames);
    if (woman && community == Community.RUSSIAN) {
      last = last + "a";
    }
    return new Name(first, last);
  }
}
