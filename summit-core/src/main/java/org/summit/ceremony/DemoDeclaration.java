package org.summit.ceremony;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo ceremony's declaration: the Smart City Taipei Declaration signed at the 2016 Smart City Mayors' Summit in
 * Taipei.
 *
 * <p>The Chinese version's title and five articles are those published by the summit's organisers in their press
 * release of 23 March 2016 (smartcity.org.tw); its preamble is ours. The English version as published was not at hand,
 * so its wording is ours; it keeps the published English order, in which the article on exchanges among cities is the
 * fifth (it is the second in Chinese), so the demo shows two versions that do not align article by article.
 */
public final class DemoDeclaration {

    /** The declaration in both languages, checked as an organiser's would be. */
    public static final Declaration TAIPEI_2016 = Declaration.of(
            new DeclarationText(
                    "智慧城市 臺北宣言",
                    "2016年3月23日至24日，參與智慧城市市長高峰會的城市首長與代表齊聚臺北，" + "分享以科技改善市民生活的經驗，並就下列事項達成共識：",
                    List.of(
                            "為實踐永續發展及智慧生活，同意將智慧城市作為城市發展共同願景。",
                            "透過智慧城市交流活動，以實質促進城市間之產官學界交流及合作。",
                            "積極將智慧科技導入城市發展，實踐智慧城市生活。",
                            "透過建構智慧城市基礎建設，提供智慧公共服務。",
                            "鼓勵智慧科技創新，扶植相關產業。"),
                    "臺北"),
            new DeclarationText(
                    "Smart City Taipei Declaration",
                    "Gathered in Taipei for the Smart City Mayors' Summit on 23 and 24 March 2016, the mayors and"
                            + " representatives of the participating cities shared how technology can improve the"
                            + " lives of their citizens, and agreed as follows:",
                    List.of(
                            "To take smart cities as the shared vision of urban development, for sustainable"
                                    + " development and smart living.",
                            "To bring smart technology into the development of their cities, so that smart city"
                                    + " living becomes real.",
                            "To build smart city infrastructure and to provide smart public services on it.",
                            "To encourage innovation in smart technology and to support the industries around it.",
                            "To promote, through exchanges among smart cities, real exchange and cooperation between"
                                    + " industry, government and academia across cities."),
                    "Taipei"),
            LocalDate.of(2016, 3, 23));

    private DemoDeclaration() {}
}
