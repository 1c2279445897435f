package com.rapport.generate;

import java.util.SplittableRandom;

/** Invented people and organisations, drawn deterministically from a random source. */
final class NamePool {

    private static final String[] FIRST = {
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley",
        "Andrew", "Emily", "Joshua", "Michelle", "Kenneth", "Amanda", "Brian", "Melissa", "Aisha", "Mateo",
        "Chloé", "Zoë", "Renée", "André", "Björn", "Inés", "Ana", "Wei", "Hiroshi", "Olumide", "Fatima", "Raúl"
    };
    private static final String[] LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker",
        "Peña", "Núñez", "Schäfer", "Øster", "Dubois", "Kowalski", "Tanaka", "Okonkwo", "D’Angelo", "McAllister"
    };
    private static final String[] PLACE = {
        "Harbor", "Bayview", "Lakeside", "Summit", "Riverside", "Northgate", "Cedar", "Maple", "Oakwood",
        "Pinecrest", "Westbrook", "Eastside", "Coastal", "Hillcrest", "Meadow", "Granite", "Willow", "Sunrise"
    };
    static final String[] CITIES = {
        "Portland", "Salem", "Eugene", "Bend", "Beaverton", "Gresham", "Hillsboro", "Medford"
    };

    private final SplittableRandom random;

    NamePool(SplittableRandom random) {
        this.random = random;
    }

    String firstName() {
        return FIRST[random.nextInt(FIRST.length)];
    }

    String lastName() {
        return LAST[random.nextInt(LAST.length)];
    }

    String place() {
        return PLACE[random.nextInt(PLACE.length)];
    }

    String city() {
        return CITIES[random.nextInt(CITIES.length)];
    }

    /** An organisation name and a role that fit the category. */
    String[] organisationAndRole(Category category, String lastName) {
        String place = place();
        return switch (category) {
            case PHYSICIAN -> pick(new String[][] {
                {place + " Orthopedics", "Orthopedic Surgeon"},
                {place + " Family Medicine", "Family Physician"},
                {place + " Sports Medicine", "Sports Medicine Physician"},
                {place + " Neurology Associates", "Neurologist"}});
            case CHIROPRACTOR -> new String[] {place + " Chiropractic", "Chiropractor"};
            case DENTIST -> new String[] {place + " Dental Care", "Dentist"};
            case THERAPIST -> pick(new String[][] {
                {place + " Massage Therapy", "Massage Therapist"},
                {place + " Occupational Therapy", "Occupational Therapist"},
                {place + " Counseling", "Counselor"}});
            case FITNESS -> pick(new String[][] {
                {place + " Fitness Club", "Personal Trainer"},
                {place + " Yoga Studio", "Yoga Instructor"},
                {place + " CrossFit", "Coach"}});
            case SCHOOL -> new String[] {place + " High School", "Athletic Trainer"};
            case ATTORNEY -> new String[] {lastName + " & " + lastName() + " Law", "Personal Injury Attorney"};
            case EMPLOYER -> new String[] {place + " Logistics", "HR Manager"};
            case COMMUNITY -> new String[] {place + " Senior Center", "Program Director"};
            case OTHER -> new String[] {place + " Insurance", "Agent"};
        };
    }

    private String[] pick(String[][] options) {
        return options[random.nextInt(options.length)];
    }
}
